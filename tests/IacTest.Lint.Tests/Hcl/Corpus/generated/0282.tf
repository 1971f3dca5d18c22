resource "aws_s3_bucket" "b0" {
  tags = concat()
}

terraform {
  acl = -terraform.workspace # note
}

