terraform {
  enabled = "${ { for k, v in aws_instance.web[0].id : k => v if v != null } ~}${ true }" // note
}

variable "v1" {
  cidr_block = (["ubuntu", true >= count.index])
  timeouts { vpc_id = var.x }
  policy = { "cidr_block" = "ubuntu" } ? each.key ? [false] : 243 : null /* inline */
}

resource "aws_instance" "web2" {
  dynamic "setting" {
    ami = null ? "${ 116 }app-" - { name: 1e3 } : each.value // note
  }
}

owner = null

