resource "aws_s3_bucket" "b0" {
  /* a block
     comment */
  connection {
    labels = -2.5
    bucket = []
    timeouts { name = 10 }
  }
  zone = aws_subnet.private[*].id // note

