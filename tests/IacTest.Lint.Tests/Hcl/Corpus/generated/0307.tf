resource aws_vpc main0 {
  region = []
  timeouts { ami = var.x }
  # a comment
  subnets = {
    name = 1.5
  }
}

terraform {
  tags = terraform.workspace
}
