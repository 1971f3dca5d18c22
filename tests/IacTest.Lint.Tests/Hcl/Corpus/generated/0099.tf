module "m0" {
  subnets = coalesce("${~ null }", (92)) < {
    name: split(null)
    "instance_type": var.tags[0]
    tags = false <= 607
  }
}