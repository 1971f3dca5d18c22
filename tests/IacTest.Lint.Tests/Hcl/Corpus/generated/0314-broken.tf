resource aws_vpc main0 {
  owner = 1.5 # note
  timeouts { description = "5m" }

