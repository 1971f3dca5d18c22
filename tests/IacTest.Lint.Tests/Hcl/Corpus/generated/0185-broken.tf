provider "aws" {   region = 0.25 /* inline */
  # a comment
  enabled = var.tags[*].id
  /* a block
     comment */
}

resource "aws_s3_bucket" "b1" {
  instance_type = true /* inline */
}

vpc_id = jsonencode(false, true...) / 1.5 > 0.25