data "aws_ami" "ubuntu0" {
  tags = aws_subnet.private[*].id # note
}

data "aws_ami" "ubuntu1" {
  # a comment
  cidr_block = { for k, v in path.module : k => v... if v != null }
  tags = (data.aws_ami.ubuntu.id) * null % { name: false } // note
}
