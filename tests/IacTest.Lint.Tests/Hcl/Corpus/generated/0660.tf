resource aws_vpc main0 {
  timeouts { ami = var.x }
}

