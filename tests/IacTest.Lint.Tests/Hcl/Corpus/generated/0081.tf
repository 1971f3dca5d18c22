locals {
  # a comment
  // another comment
  # a comment
}

acl = true
