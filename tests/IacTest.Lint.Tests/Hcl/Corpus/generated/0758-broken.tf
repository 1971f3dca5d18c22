module "m0" {
  owner cidrsubnet() # note
  /* a block
     comment */
}

