variable v0" {
  env = [250, null] # note
  subnets = { for k, v in aws_vpc.main.id : k => v }
}

resource "aws_instance" "web1" {
  tags = !true // note
}