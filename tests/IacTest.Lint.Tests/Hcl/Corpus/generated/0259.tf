resource "aws_instance" "web0" {
  env = 0.25 // note
  # a comment
  ingress {
    timeouts { subnets = "5m" }
  }
  subnets = 1e3 /* inline */
}

provider "aws" {
  dynamic "setting" {
    acl = { "cidr_block": var.list.0[*].id, "instance_type": {
    name: true
    region = 884
  }, tags: true } ? 1e3 : 0.25
    replicas = 1.5 - [for i, s in aws_instance.web[0].id : upper(s)] // note
    /* a block
       comment */
  }
  port = format(lower({ for k, v in var.region : k => v... if v != null }, { "cidr_block" = "db", "instance_type": null }), { "cidr_block" = true }) # note
}

module "m2" {
  cidr_block = !true // note
}