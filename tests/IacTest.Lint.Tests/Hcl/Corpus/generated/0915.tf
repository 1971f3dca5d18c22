module "m0" {
  timeouts { zone = var.x }
}

