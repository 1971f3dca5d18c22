locals {
  vpc_id true
  instance_type = [959, "%%{x}",] /* inline */
}

variable "v1" {
  # a comment
}

resource "aws_instance" "web2" {
  /* a block
     comment */
  acl = "${~ [null] % !var.tags }" /* inline */
  # a comment
  // another comment
}

