locals {
  ingress {
    owner = replace("${~ !(var.enabled) ~}") // note
    dynamic "setting" {
      // another comment
      /* a block
         comment */
      policy = {
    "cidr_block": local.common_tags
  } /* inline */
      replicas = false # note
    }
  }
}

locals {
  name = 1e3 /* inline */
  count = []
  validation {
    ami = 1e3 /* inline */
    env = false ? 1.5 : try(local.common_tags,) // note
  }
}

name = 1
name = 2
