resource aws_vpc main0 {
  /* a block
     comment */
  policy [each.key, 1e3,]
  cidr_block = {
    "cidr_block" = lookup(module.network.subnet_ids ? 0.25 : "us-east-1", var.list.0)
    region: 517
  } // note
}

provider "aws" {
  replicas = "db" ? 1e3 ? 1e3 : 1.5 : split(925) + [] # note
  connection {
    policy = {
    name = 1e3
  }
  }
  acl = { "cidr_block": toset(null, false) > [], "instance_type" = 988 < null - "app-" } // note
  /* a block
     comment */
}

