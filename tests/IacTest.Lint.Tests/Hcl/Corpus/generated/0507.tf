provider "aws" {
  zone = !true # note
  // another comment
  port = <<EOT
staging ${var.region}
line two
EOT
}

resource "aws_s3_bucket" "b1" {
  cidr_block = {
    name = 1e3 / "app-10.0.0.0/16"
  } // note
  enabled = module.network.subnet_ids[var.i] # note
}
