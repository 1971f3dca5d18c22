variable "v0" {
  # a comment
}

resource "aws_instance" "web1" {
  timeouts { subnets = var.x }
}