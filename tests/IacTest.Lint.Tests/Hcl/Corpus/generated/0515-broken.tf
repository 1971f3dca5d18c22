resource "aws_s3_bucket" "b0" {
  description = { "cidr_block": "%{~ for s in aws_instance.web.*.id ~}${v},%{ end