resource "aws_s3_bucket" "b0" {   bucket = { for k, v in aws_subnet.private[*].id : k => v if v != null }
  // another comment
  description = true
}

subnets = [for s in local.common_tags : upper(s) if s != ""]
