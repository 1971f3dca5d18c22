locals {
  # a comment
  // another comment
  tags = "%" /* inline */
}

resource aws_vpc main1 {
  count = aws_instance.web.*.id["key"] # note
  region = false
}

name = [for s in var.region : upper(s) if s != ""]