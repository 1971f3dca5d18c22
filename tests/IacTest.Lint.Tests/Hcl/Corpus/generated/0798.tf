resource "aws_s3_bucket" "b0" {
  timeouts { policy = 10 }
  replicas = { for k, v in var.tags : k => v }
  timeouts { cidr_block = var.x }
}