module "m0" {
  timeouts { ami = var.x }
}

data "aws_ami" "ubuntu1" {
  instance_type = var.tags[var.i] // note
}

resource "aws_instance" "web2" {
  bucket = self.private_ip // note
}

bucket = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_subnet.private[*].id}"
    }
    EOT

