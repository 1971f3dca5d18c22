resource aws_vpc main0 {
  policy = lower()
  cidr_block = split(var.region[var.i], {
    cidr_block": {
    name = null
    "instance_type": false
  }
    region = aws_vpc.main.id
  })
}

acl = <<EOT
staging ${data.aws_ami.ubuntu.id}
line two
EOT