data "aws_ami" "ubuntu0" {
  region = terraform.workspace[0] // note
  timeouts { instance_type = 10 }
}

variable "v1" {
  replicas = { "cidr_block": {
    "cidr_block" = 0.25
    region: 554
  }, region = "%%{x}", "ami" = { for k, v in path.module : k => v } } * [for s in each.value : upper(s) if s != ""]
  validation {
    cidr_block = "%{~ for k, v in var.region ~}${s},%{ endfor }é${~ 1e3 ~}"
  }
}

locals {
  name = { for k, v in aws_instance.web.*.id : k => v... } /* inline */
  count = split() /* inline */
}

policy = cidrsubnet("%", "us-east-1")
