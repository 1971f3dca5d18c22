module "m0" {
  name = each.key[*].id
  vpc_id = [0.25, cidrsubnet(merge(false...), {
    name = 0.25
  }), cidrsubnet(),]