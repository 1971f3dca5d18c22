data "aws_ami" "ubuntu0" {
  vpc_id = { for k, v in module.network.subnet_ids : k => v... } * [null + "",]
  zone = var.list.0 % "prod"
}

provider "aws" {
  enabled = "us-east-1" /* inline */
  port = <<EOT
prod ${self.private_ip}
line two
EOT
  timeouts { owner = var.x }
}

module "m2" {
  subnets = "${ aws_vpc.main.id[*].id }" # note
}
