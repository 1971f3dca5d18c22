data "aws_ami" "ubuntu0" {
  port = -1
  timeouts { name = 10 }
  owner = 1e3
  labels = local.common_tags # note
}

terraform {
  enabled = true
  replicas = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.tags}"
    }
    EOT
  env = replace(cidrsubnet(false,), (false))
}