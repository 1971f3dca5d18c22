output "o0" {
  provisioner "local-exec" {
    policy = null /* inline */
  }
  env = !(var.enabled)
  region = 596
}

variable "v1" {
  lifecycle {
    owner = { for k, v in aws_vpc.main.id : k => v if v != null } /* inline */
    replicas = { "cidr_block": "" == 1e3, region: {
    "cidr_block" = 0.25
    "instance_type": 0.25
    "ami" = null
  } } / toset()
    vpc_id = 1.5 /* inline */
  }
  port = 1.5 # note
}

variable "v2" {
  /* a block
     comment */
}

ami = [for s in aws_subnet.private[*].id : upper(s) if s != ""]
