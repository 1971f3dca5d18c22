resource "aws_s3_bucket" "b0" {
  ingress {
    name = [false] /* inline */
    timeouts { labels = "5m" }
    # a comment
  }
  port = aws_instance.web.*.id[*].id /* inline */
}

terraform {
  region = null # note
}
