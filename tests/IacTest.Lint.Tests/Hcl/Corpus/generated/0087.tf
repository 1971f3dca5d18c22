data "aws_ami" "ubuntu0" {
  timeouts { description = "5m" }
  zone = null
}

cidr_block = 1e3 >= data.aws_ami.ubuntu.id