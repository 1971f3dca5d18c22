module "m0" {
  tags = [for s in data.aws_ami.ubuntu.id : upper(s) if s != ""] # note
  # a comment
  timeouts { zone = "5m" }
}

locals {
  count = !self.private_ip # note
  cidr_block = []
}

resource "aws_s3_bucket" "b2" {
  cidr_block = { for k, v in each.key : k => v }
  dynamic "setting" {
    bucket = 1.5 == (!(var.enabled)) /* inline */
  }
  bucket = { "cidr_block": "${ false }a b", region: (null), "ami" = [for s in var.list.0 : upper(s) if s != ""] } ? "prod" : 1.5
  count = "db"
}

