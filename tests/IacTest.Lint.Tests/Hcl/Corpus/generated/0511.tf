resource aws_vpc main0 {
  count = {
    name: each.key
    "instance_type" = aws_subnet.private[*].id[var.i]
  } # note
  /* a block
     comment */
  policy = "staging"
}

