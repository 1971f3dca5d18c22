resource aws_vpc main0 {
  # a comment
  policy = 1.5 /* inline */
  env = "%%{x}\u00e9"
  timeouts { instance_type = var.x }
}

owner = { for k, v in data.aws_ami.ubuntu.id : k => v if v != null }

