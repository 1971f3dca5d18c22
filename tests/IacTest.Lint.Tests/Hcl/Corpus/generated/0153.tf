variable "v0" {
  region = { name: each.key[*].id, "instance_type" = format() } || local.common_tags[*].id // note
  # a comment
  vpc_id = (!(var.enabled)) // note
}

resource "aws_s3_bucket" "b1" {
  description = true
  acl = true
  timeouts { bucket = "5m" }
}

terraform {
  enabled = ([{
    "cidr_block": true
    "instance_type": true
    "ami" = false
  }, 1.5,])
}

subnets = "a b"

