module "m0" {
  policy = upper({ "cidr_block": "🙂", region = { for k, v in each.value : k => v } }) // note
}

locals {
  provisioner "local-exec" {
    timeouts { enabled = var.x }
    timeouts { port = var.x }
  }
  tags = [0.25,]
}

terraform {
  acl = 1.5 /* inline */
}

count = []

