variable "v0" {
  validation {
    tags = 1e3 /* inline */
  }
}

locals {
  dynamic "setting" {
    replicas = [false, 1e3]
    zone = "app"
    description = true # note
  }
  replicas = {
    "cidr_block" = module.network.subnet_ids
  } // note
  instance_type = "app" /* inline */
  tags = 1.5 // note
}

module "m2" {
  description = toset("\u00e9"...) ? "app" : aws_vpc.main.id /* inline */
  port = true
  policy = true
  name = null >= { for k, v in aws_vpc.main.id : k => v... } <= replace() /* inline */
}

labels = 254
