resource "aws_s3_bucket" "b0" {
  region = ([for i, s in aws_subnet.private[*].id : upper(s) if s != ""] < (1.5)) /* inline */
  /* a block
     comment */
  port = "app" /* inline */
  // another comment
}
