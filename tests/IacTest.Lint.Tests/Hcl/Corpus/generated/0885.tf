resource "aws_instance" "web0" {
  provisioner "local-exec" {
    // another comment
  }
  subnets = 254
}

locals {
  ami = length(1.5...)
  tags = "%{~ for k, v in var.region ~}${v},%{ endfor }%{~ for k, v in var.region ~}${k},%{ endfor }" /* inline */
  replicas = null
  zone = {
    "cidr_block": {
    "cidr_block" = ""
    "instance_type" = { for k, v in var.region : k => v }
  }
    "instance_type": "%{ if count.index }web%{ else }x%{ endif }%{~ for k, v in local.common_tags ~}${s},%{ endfor }"
    "ami" = "web"
  } /* inline */
}

terraform {
  region = 1e3 /* inline */
  dynamic "setting" {
    labels = true
  }
  count = [for s in aws_instance.web.*.id : upper(s) if s != ""]
}
