terraform {
  cidr_block = { "cidr_block" = "é" }
}

resource aws_vpc main1 {
  ingress {
    cidr_block = (1.5)
  }
  env = cidrsubnet(909, module.network.subnet_ids...) ? false : data.aws_ami.ubuntu.id || null // note
  connection {
    owner = length()
    region = merge(false, [{ "cidr_block" = 645 }, true],) /* inline */
    name = (449 ? 1e3 : 0.25 || replace(1.5, false))
  }
  // another comment
}

resource "aws_s3_bucket" "b2" {
  cidr_block = length() // note
}

acl = coalesce(tomap(var.list.0, 1.5,), "${ split() }")
