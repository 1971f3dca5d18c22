resource "aws_instance" "web0" {
  owner 1.5 /* inline */
}

provider "aws" {
  subnets = !terraform.workspace # note
}

resource "aws_instance" "web2" {
  timeouts { env = 10 }
  name = { "cidr_block" = (true) } # note
  labels = 1.5 /* inline */
  region = length() /* inline */
}

bucket = <<EOT
ubuntu ${local.common_tags}
line two
EOT