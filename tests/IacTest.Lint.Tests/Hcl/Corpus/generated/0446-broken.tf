variable "v0" {
  zone = 1.5 / "app" && null - [false, 0.25, null]
  acl = !true
}

resource "aws_s3_bucket" "b1" {
  policy = 1e3
  enabled = jsonencode()
}

data "aws_ami" "ubuntu2" {
  subnets = 0.25
  zone = data.aws_ami.ubuntu.id // note
  dynamic "setting" {
    connection {
      timeouts { replicas = "5m" }
      name = -2.5 // note
      vpc_id = "$" // note
      instance_type = aws_instance.web[0].id ? 540 : { for k, v in var.region : k => v if v != null }
    }
  }
}

name = 1
name = 2
