locals {
  connection {
    vpc_id = -each.key
    timeouts { instance_type = var.x }
    timeouts { count = 10 }
  }
  tags = 917
}

variable "v1" {
  // another comment
  name = { for k, v in var.region : k => v... if v != null } /* inline */
}
