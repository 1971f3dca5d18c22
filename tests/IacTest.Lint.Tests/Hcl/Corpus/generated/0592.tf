locals {
  port = aws_instance.web[0].id[var.i]
}

resource "aws_s3_bucket" "b1" {
  name = tomap() // note
}

variable "v2" {
  vpc_id = [for i, s in self.private_ip : upper(s)]
  env = {
    name: "%{ if data.aws_ami.ubuntu.id }prod%{ else }app%{ endif }%{ if aws_subnet.private[*].id }t3.micro%{ else }db%{ endif }"
  }
}
