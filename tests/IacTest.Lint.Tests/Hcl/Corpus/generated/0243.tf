resource aws_vpc main0 {
  instance_type = false // note
  # a comment
}