resource "aws_s3_bucket" "b0" {
  name = [] // note
  env = "us-east-1"
}

