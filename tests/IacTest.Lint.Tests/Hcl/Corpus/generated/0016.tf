resource aws_vpc main0 {
  subnets = -aws_subnet.private[*].id # note
}
