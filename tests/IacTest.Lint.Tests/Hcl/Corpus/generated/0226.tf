resource aws_vpc main0 {
  connection {
    # a comment
  }
  region = can(aws_subnet.private[*].id[*].id) # note
  owner = each.value // note
}

