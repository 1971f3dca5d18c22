resource aws_vpc main0 {
  instance_type = [replace(), null, aws_subnet.private[*].id ? false : 587,] # note

