resource "aws_s3_bucket" "b0" {
  labels = {
    name = true
  } + 0.25
}