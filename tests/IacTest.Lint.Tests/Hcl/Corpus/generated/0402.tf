variable "v0" {
  # a comment
}

vpc_id = data.aws_ami.ubuntu.id

