module "m0" {
  ingress {
    # a comment
    zone = []
  }
}

locals {
  /* a block
     comment */
  env = var.tags[*].id # note  subnets = 0.25 /* inline */
  count = !true
}

subnets = [null] && replace(try())

