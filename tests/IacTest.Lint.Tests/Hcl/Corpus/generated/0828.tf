resource aws_vpc main0 {
  /* a block
     comment */
  policy = split(1e3, 0.25) # note
  # a comment
  description = path.module["key"] // note
}

port = coalesce()
