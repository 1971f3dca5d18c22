resource "aws_s3_bucket" "b0" {
  vpc_id = true // note
}

data "aws_ami" "ubuntu1" {
  /* a block
     comment */
}

