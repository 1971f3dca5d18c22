locals {
  connection {
    env = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${local.common_tags}"
    }
    EOT
  }
  tags = true
  timeouts { port = var.x }
}

resource "aws_instance" "web1" {
  /* a block
     comment */
  name = 1e3 # note
  ami = true
}

count = 1e3
