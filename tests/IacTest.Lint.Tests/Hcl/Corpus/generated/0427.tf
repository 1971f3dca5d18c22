locals {
  lifecycle {
    tags = (aws_instance.web.*.id)
  }
  timeouts { instance_type = 10 }
  policy = "eu-west-1" // note
}

terraform {
  instance_type = "eu-west-1" # note
  description = { name = { "cidr_block": 1e3 < null } } /* inline */
}

resource "aws_instance" "web2" {
  enabled = null // note
  owner = try(aws_instance.web[0].id ? true : {
    name: 0.25
    region = 1e3
  }, cidrsubnet(null, false) ? ("us-east-1") : [for s in aws_instance.web[0].id : upper(s)])
}
