locals {
  owner = 1e3 /* inline */
}

provider "aws" {
  lifecycle {
    policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${module.network.subnet_ids}"
    }
    EOT
    timeouts { subnets = var.x }
  }
  port = ([aws_instance.web.*.id[*].id,])
  subnets = (join()) /* inline */
}
