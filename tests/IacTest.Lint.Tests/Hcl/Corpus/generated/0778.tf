provider "aws" {
  timeouts { env = var.x }
  policy = var.list.0
}

terraform {
  owner = { "cidr_block": [for s in local.common_tags : upper(s) if s != ""] } // note
}
