provider "aws" {
  /* a block
     comment */
  connection {
    name = null /* inline */
  }
  description = [] /* inline */
  # a comment
}

