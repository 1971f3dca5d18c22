provider "aws" {
  subnets = {
    name = join((0.25)...)
    region: "${ { for k, v in aws_instance.web.*.id : k => v... if v != null } ~}%{ if self.private_ip }prod%{ else }prod%{ endif }${~ jsonencode("app"...) }"
  }
}

variable "v1" {
  timeouts { region = 10 }
  replicas = " \"q\"" # note
}

instance_type = [[0.25] ? [1e3] : "staging" * true]

