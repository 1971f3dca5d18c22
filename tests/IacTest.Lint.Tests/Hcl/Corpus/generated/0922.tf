provider "aws" {
  tags = -2.5 /* inline */
}

resource "aws_instance" "web1" {
  # a comment
  vpc_id = { "cidr_block" = {
    "cidr_block": 1.5
  } ? null > 1e3 : "${ "" }prefix", "instance_type": [], tags = tomap(cidrsubnet(1e3,)) }
  dynamic "setting" {
    dynamic "setting" {
      region = null # note
    }
    # a comment
    // another comment
    // another comment
  }
  count = false
}

