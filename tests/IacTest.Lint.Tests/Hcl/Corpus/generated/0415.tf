variable "v0" {
  /* a block
     comment */
  # a comment
  enabled = 0.25
}

vpc_id = upper()