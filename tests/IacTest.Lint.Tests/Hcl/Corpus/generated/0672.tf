module "m0" {
  # a comment
  acl = 1.5 # note
}
