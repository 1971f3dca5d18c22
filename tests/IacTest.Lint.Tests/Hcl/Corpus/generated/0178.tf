resource aws_vpc main0 {
  timeouts { subnets = "5m" }
}
