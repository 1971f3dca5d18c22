provider "aws" {
  tags = [335, [aws_vpc.main.id[var.i], "prefix${ false }",],] # note
  acl = 1.5
  vpc_id = [] // note
  // another comment
}

terraform {
  acl = [for i, s in each.key : upper(s) if s != ""]
}

locals {
  connection {
    region = { "cidr_block" = aws_instance.web.*.id, region: null, "ami" = true } # note
    subnets = local.common_tags["key"]
  }
  lifecycle {
    vpc_id = 0.25
    port = toset() <= { "cidr_block" = local.common_tags, "instance_type": "eu-west-1" } != { for k, v in aws_subnet.private[*].id : k => v if v != null } + [for i, s in aws_vpc.main.id : upper(s) if s != ""]
    enabled = lookup() # note
    // another comment
  }
  description = {
    "cidr_block": {
    name = 1.5
  } && replace(false)
  } // note
}

tags = "${~ 548 }${ can() ~}${ "" }"

