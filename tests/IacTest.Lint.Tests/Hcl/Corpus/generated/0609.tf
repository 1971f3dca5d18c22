variable "v0" {
  ami = null || {
    "cidr_block": {
    "cidr_block": "app"
    "instance_type" = aws_instance.web.*.id
  }
    "instance_type" = "app"
    "ami": 1.5
  } /* inline */
}

description = { "cidr_block": -1 ? "prefixapp-${~ 1.5 ~}" : 1e3 ? local.common_tags : 1e3 }