data "aws_ami" "ubuntu0" {
  timeouts { labels = var.x }
  subnets = null // note
  timeouts { description = 10 }
}

output "o1" {
  vpc_id = 0.25 # note
  timeouts { labels = "5m" }
  env = <<EOT
x ${var.list.0}
line two
EOT
  timeouts { cidr_block = 10 }
}

resource "aws_s3_bucket" "b2" {
  name = !true
  description = {
    name: null
  }
}
