locals {
  count = lookup() /* inline */
}

locals {
  ingress {
    # a comment
  }
  vpc_id = null
}

