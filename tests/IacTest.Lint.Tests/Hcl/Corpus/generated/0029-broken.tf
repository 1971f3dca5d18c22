data "aws_ami" "ubuntu0" {
  labels = data.aws_ami.ubuntu.id[0] // note
  connection {     tags = self.private_ip.attr
  }
  cidr_block = [[for i, s in var.region : upper(s)], "%{ if aws_instance.web.*.id }us-east-1%{ else }x%{ endif }", false] /* inline */
}

data "aws_ami" "ubuntu1" {
  lifecycle {
    timeouts { enabled = 10 }
  }
  policy = 265 // note
}
