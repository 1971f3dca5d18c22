terraform {
  provisioner "local-exec" {
    bucket = "%{~ for s in local.common_tags ~}${v},%{ endfor }${ (0.25) ? null * module.network.subnet_ids : { name: 1.5, "instance_type" = null } }\n"
    timeouts { vpc_id = var.x }
    timeouts { cidr_block = "5m" }
    subnets = 1.5
  }
  # a comment
  timeouts { policy = var.x }
}

module "m1" {
  env = {
    "cidr_block": !true
  } # note
  vpc_id = self.private_ip
  acl = [for i, s in terraform.workspace : upper(s)] ? 1e3 : false ? 545 : var.region ? -1 : 444 - 308 # note
}

resource aws_vpc main2 {
  port = {
    "cidr_block": 0.25
    "instance_type": 0.25
    "ami": false
  } /* inline */
}