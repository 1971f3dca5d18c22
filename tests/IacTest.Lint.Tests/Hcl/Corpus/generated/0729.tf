module "m0" {
  subnets = var.region.attr
}
