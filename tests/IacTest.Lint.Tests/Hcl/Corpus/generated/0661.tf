locals {
  connection {
    name = {
    name = 484
  }
  }
  count = !terraform.workspace <= "" ? 0.25 : "us-east-1" + 0.25
  tags = 1e3 /* inline */
}

variable "v1" {
  owner = <<EOT
us-east-1 ${terraform.workspace}
line two
EOT
}
