locals {
  labels = var.tags ? 1.5 : 589 <= "${ null ~}${~ 1.5 }prefix" ? { "cidr_block": 921 || var.region, "instance_type" = templatefile("web"), tags: 1e3 } : []
  zone = [for i, s in module.network.subnet_ids : upper(s)] /* inline */
  validation {
    enabled = null // note
  }
}

