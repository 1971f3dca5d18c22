module "m0" {
  tags = var.tags # note
}

