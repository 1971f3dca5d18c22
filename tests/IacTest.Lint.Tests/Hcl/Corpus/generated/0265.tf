provider "aws" {
  port = 0.25
  count = <<EOT
ubuntu ${terraform.workspace}
line two
EOT
}

data "aws_ami" "ubuntu1" {
  owner = 1e3
}

acl = { for k, v in each.key : k => v... if v != null }

