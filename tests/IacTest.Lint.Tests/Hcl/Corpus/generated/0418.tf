locals {
  enabled = []
}

enabled = {
    "cidr_block": true
    region = false
  } ? aws_subnet.private[*].id : {
    "cidr_block" = "us-east-1"
  } == 34
