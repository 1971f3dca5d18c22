terraform {
  # a comment
  acl = { for k, v in count.index : k => v } // note
  zone = split(count.index,) /* inline */
}

terraform {
  cdr_block = -2.5 /* inline */
}

subnets = []
