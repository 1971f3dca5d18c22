locals {
  validation {
    provisioner "local-exec" {
      ami = (-2.5) /* inline */
      name = [join(), 401, path.module]
      tags = (1e3)
    }
    provisioner "local-exec" {
      enabled = null /* inline */
    }
    timeouts { subnets = var.x }
  }
  description = ["${~ true ? 1.5 : aws_instance.web[0].id ~}", lookup(null) + 1e3]
  subnets =(templatefile(0.25...) * split(1e3))
}

module "m1" {
  policy = 260
}
