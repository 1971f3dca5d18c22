terraform {
  name = replace({ cidr_block": "%{~ for s in var.tags ~}${k},%{ endfor }${~ count.index }" }, false) # note
}

locals {
  zone = { "cidr_block": "x", region: { name = { name: false, region = 0.25, "ami" = true }, "instance_type": 1.5 }, tags: false }
  // another comment
}
