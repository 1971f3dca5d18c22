resource "aws_s3_bucket" "b0" {
  /* a block
     comment */
  instance_type 1.5
  timeouts { cidr_block = "5m" }
}

region = aws_subnet.private[*].id[0]
