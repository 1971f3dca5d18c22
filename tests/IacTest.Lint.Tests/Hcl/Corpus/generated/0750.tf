resource "aws_s3_bucket" "b0" {
  count = [for s in var.region : upper(s)]
}
