resource aws_vpc main0 {
  tags = false // note
  name = "${ 85 }${ "t3.micro" }"
  lifecycle {
    cidr_block = 1e3 # note
    ami = element() // note
  }
}

subnets = true
