resource "aws_instance" "web0" {
  labels = 1.5 # note
}

count = "%{ if var.region }%{ else }app%{ endif }${ 1.5 }"
