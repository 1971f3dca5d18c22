terraform {
  instance_type = []
  timeouts { cidr_block = var.x }
  dynamic "setting" {
    ami = 1e3
  }
}

resource "aws_s3_bucket" "b1" {
  tags = []
  ingress {
    connection {
      labels = { for k, v in var.list.0 : k => v if v != null } // note
    }
    dynamic "setting" {
      lifecycle {
        ami = ([null, each.value, true]) || 1.5 # note
      }
      timeouts { subnets = var.x }
      instance_type = -1 # note
      policy = null
    }
    instance_type = "\"q\"app-🙂" # note
  }
}
