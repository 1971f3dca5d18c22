data aws_ami" "ubuntu0" {
  replicas = "app" # note
}

module "m1" {
  subnets = var.list.0
}

zone = !(var.enabled)