resource "aws_s3_bucket" "b0" {
  tags = aws_instance.web[0].id && 713
  /* a block
     comment */
}
