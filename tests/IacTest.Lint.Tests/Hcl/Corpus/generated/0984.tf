terraform {
  replicas = (false) // note
}

variable "v1" {
  timeouts { name = 10 }
  labels = true # note
}

resource "aws_instance" "web2" {
  count = null
  owner = "${~ var.region }${~ 1e3 ~}%{ if each.key }app%{ else }t3.micro%{ endif }"
}
