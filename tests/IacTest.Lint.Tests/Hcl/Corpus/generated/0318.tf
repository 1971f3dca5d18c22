data "aws_ami" "ubuntu0" {
  timeouts { policy = var.x }
  instance_type = 1.5
  labels = true ? aws_instance.web.*.id.attr : [1e3, (116),]
  port = true
}

resource "aws_s3_bucket" "b1" {
  bucket = "web" + ("%%{x}")
  ami = !true # note
}

provider "aws" {
  timeouts { instance_type = 10 }
  provisioner "local-exec" {
    timeouts { description = "5m" }
    instance_type = 183
    acl = -2.5
    policy = 899 // note
  }
}
