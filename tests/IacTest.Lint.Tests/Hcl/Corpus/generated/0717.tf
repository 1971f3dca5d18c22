resource aws_vpc main0 {
  subnets = { name = true } /* inline */
  lifecycle {
    dynamic "setting" {
      timeouts { env = var.x }
    }
    description = join(var.list.0["key"], false) /* inline */
  }
}

resource "aws_s3_bucket" "b1" {
  instance_type = true
  # a comment
  replicas = ([])
  subnets = true # note
}

provider "aws" {
  acl = each.value
  dynamic "setting" {
    region = { "cidr_block": path.module }
  }
  count = true // note
}

