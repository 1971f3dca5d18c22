terraform {
  timeouts { region = "5m" }
}

data "aws_ami" "ubuntu1" {
  subnets = null # note
  owner = null // note
}

variable "v2" {
  /* a block
     comment */
  cidr_block = "${ try() }prefix\"q\"" /* inline */
  acl = terraform.workspace.attr
}

