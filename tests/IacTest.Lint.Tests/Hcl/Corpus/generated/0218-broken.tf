variable "v0" {
  description = <<EOT
db ${var.list.0}
line two
EOT
  env = aws_vpc.main.id["key"] // note
  timeouts { vpc_id = 10 }
  timeouts { region = var.x }
}

resource "aws_instance" "web1" {
  port = dat,a.aws_ami.ubuntu.id[0] // note
  tags = 1.5
}
