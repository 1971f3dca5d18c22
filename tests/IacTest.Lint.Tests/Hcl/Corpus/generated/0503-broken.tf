terraform {
  labels = true # }note
}

module "m1" {
  env = format() // note
}

subnets = concat(var.region[0], 1e3,)
