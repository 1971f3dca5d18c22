resource "aws_s3_bucket" "b0" {
  port = { "cidr_block": null, region: terraform.workspace } < 139 ? false ? 1.5 : count.index ? { "cidr_block": 1e3, region = true } : false : ["app-prefix", (each.value)] // note
}

data "aws_ami" "ubuntu1" {
  labels = path.module
  zone = templatefile(true)
  tags = null # note
}

locals {
  replicas = "eu-west-1" ? templatefile(0.25) : "%{~ for k, v in each.key ~}${v},%{ endfor }$" // note
}
