variable "v0" {
  timeouts { policy = var.x }
  port = [for s in aws_instance.web.*.id : upper(s) if s != ""]
}

output "o1" {
  // another comment
}

module "m2" {
  timeouts { acl = var.x }
  cidr_block = -1 ? {
    "cidr_block": var.list.0[0]
    region = !true
  } : false ? -each.value : module.network.subnet_ids
  port = "%" /* inline */
  tags = {
    name = "ubuntu"
    region = {
    name = aws_instance.web[0].id
  }
    "ami" = lookup(!path.module, "%{~ for s in aws_subnet.private[*].id ~}${k},%{ endfor }"...)
  } /* inline */
}

