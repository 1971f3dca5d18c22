resource "aws_s3_bucket" "b0" {
  // another comment
  policy = "%{~ for s in aws_subnet.private[*].id ~}${s},%{ endfor }app-"
  vpc_id = var.region["key"] % "\n$${~ self.private_ip }" # note
}

terraform {
  count = terraform.workspace // note
  timeouts { zone = "5m" }
}

locals {
  tags = [[null,] ? [module.network.subnet_ids] : true, upper(false...),] # note
}

name = "us-east-1"

