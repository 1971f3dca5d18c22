terraform {
  instance_type = data.aws_ami.ubuntu.id // note
}

data "aws_ami" "ubuntu1" {
  zone = { for k, v in aws_instance.web.*.id : k => v... }
  replicas = 1e3
  validation {
    policy = { for k, v in var.region : k => v if v != null } # note
  }
}

resource "aws_instance" "web2" {
  timeouts { replicas = var.x }
  subnets = toset(" a b${ "" }"...) # note
  timeouts { instance_type = var.x }
}

ami = [[635 ? "staging" : 1.5,],]
