module "m0" {
  zone = data.aws_ami.ubuntu.id[var.i]
}

region = var.region