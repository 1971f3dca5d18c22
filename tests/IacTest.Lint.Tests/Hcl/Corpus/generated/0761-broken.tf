provider "aws" {
  port = !self.private_ip
  connection {
    bucket = local.common_tags[*].id # note
    zone = ([for i, s in count.index : upper(s) if s != ""])
    instance_type = null
  }
  enabled = null // note
  cidr_block = false % [for s in each.key : upper(s)] /* inline */
}

resource "aws_s3_bucket" "b1" {
  bucket = 1e3 # note
}

cidr_block = "web"
name = 1
name = 2
