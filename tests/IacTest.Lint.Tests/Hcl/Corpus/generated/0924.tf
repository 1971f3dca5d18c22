data "aws_ami" "ubuntu0" {
  connection {
    replicas = null /* inline */
    lifecycle {
      /* a block
         comment */
      vpc_id = { "cidr_block" = "${ terraform.workspace[0] }%{ if aws_subnet.private[*].id }%{ else }staging%{ endif }%{ if aws_instance.web[0].id }t3.micro%{ else }app%{ endif }", "instance_type" = join(0.25, each.key,) ? count.index : {
    "cidr_block" = 1e3
    "instance_type": 0.25
  }, "ami": true } // note
      // another comment
    }
  }
  /* a block
     comment */
  tags = 0.25 # note
  owner = [for s in each.value : upper(s)] ? 0.25 : "web" < -1 # note
}

variable "v1" {
  bucket = false /* inline */
}

