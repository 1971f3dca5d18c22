resource "aws_s3_bucket" "b0" {
  region = -2.5
}

