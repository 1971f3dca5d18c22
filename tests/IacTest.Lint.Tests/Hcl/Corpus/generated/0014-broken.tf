locals {
  port = merge(path.module...)
}

resource "aws_s3_bucket" "b1" {
  count = [true,] /* inline */
  owner = 264 # note
}