variable "v0" {
  /* a block
     comment */
  timeouts { zone = var.x }
}

data "aws_ami" "ubuntu1" {
  vpc_id = null /* inline */
}
