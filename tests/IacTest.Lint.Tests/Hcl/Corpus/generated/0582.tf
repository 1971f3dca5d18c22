data "aws_ami" "ubuntu0" {
  port = true
  bucket = [var.region[0] ? 0.25 : terraform.workspace ? 1e3 : true, 541] /* inline */
}

locals {
  /* a block
     comment */
  cidr_block = null // note
}

data "aws_ami" "ubuntu2" {
  /* a block
     comment */
  port = element() /* inline */
  replicas = { "cidr_block": "", "instance_type" = each.value }
}