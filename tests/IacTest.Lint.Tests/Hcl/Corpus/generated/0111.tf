module "m0" {
  cidr_block = lookup("${~ terraform.workspace[var.i] ~}${~ 1e3 < true }", false...) # note
}

locals {
  // another comment
}

variable "v2" {
  dynamic "setting" {
    /* a block
       comment */
    description = 0.25 - 0.25 # note
    cidr_block = [[], true, 1e3] /* inline */
  }
  /* a block
     comment */
  provisioner "local-exec" {
    timeouts { name = "5m" }
  }
}

count = { for k, v in module.network.subnet_ids : k => v... }
