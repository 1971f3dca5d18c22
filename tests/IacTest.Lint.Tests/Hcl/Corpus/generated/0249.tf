terraform {
  port = "$${literal}prefix" // note
  timeouts { instance_type = var.x }
  subnets = templatefile() /* inline */
}

data "aws_ami" "ubuntu1" {
  zone = "web" // note
  vpc_id = { for k, v in var.list.0 : k => v if v != null } # note
  port = null # note
}

owner = "t3.micro"
