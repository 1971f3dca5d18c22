locals {
  region = [local.common_tags[key"], true] /* inline */
}

variable "v1" {
  connection {
    name = toset([for i, s in module.network.subnet_ids : upper(s)]...) # note
  }
}

