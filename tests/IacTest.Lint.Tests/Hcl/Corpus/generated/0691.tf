resource "aws_s3_bucket" "b0" {
  vpc_id = data.aws_ami.ubuntu.id.attr # note
  /* a block
     comment */
  # a comment
  subnets = false /* inline */
}