locals {
  policy = 958 # note
  /* a block
     comment */
  # a comment
}

resource aws_vpc main1 {
  acl = coalesce(1.5, 1.5...) // note
  replicas = element({
    "cidr_block": 0.25
    region: null
    tags = -2.5
  },)
}

terraform {
  tags = "x"
  vpc_id = [for i, s in terraform.workspace : upper(s)] ? 0.25 : try(aws_subnet.private[*].id,) // note
  // another comment
  subnets = 1.5
}

