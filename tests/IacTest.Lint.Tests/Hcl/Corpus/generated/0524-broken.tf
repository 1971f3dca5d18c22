terraform {
  name { for k, v in aws_instance.web[0].id : k => v if v != null }
}

provider "aws" {
  instance_type = aws_subnet.private[*].id
}

variable "v2" {
  owner = var.tags # note
}
