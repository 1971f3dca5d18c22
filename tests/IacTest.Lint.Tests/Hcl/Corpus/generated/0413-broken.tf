locals {
  enabled [for s in terraform.workspace : upper(s)] # note
}

resource "aws_instance" "web1" {
  region = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.tags}"
    }
    EOT
}

