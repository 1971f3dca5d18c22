resource "aws_s3_bucket" "b0" {
  /* a block
     comment */
 