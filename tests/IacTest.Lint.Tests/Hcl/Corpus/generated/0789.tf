resource "aws_s3_bucket" "b0" {
  // another comment
  tags = "ubuntu"
  bucket = 0.25
}

resource aws_vpc main1 {
  policy = tomap(!var.list.0, join(1.5, false...))
}

