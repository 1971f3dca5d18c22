module "m0" {
  acl = { for k, v in data.aws_ami.ubuntu.id : k => v } % templatefile() >= { for k, v in aws_instance.web[0].id : k => v... if v != null }
}

