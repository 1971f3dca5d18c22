resource "aws_instance" "web0" {
  dynamic "setting" {
    acl = [for s in var.list.0 : upper(s)]
  }
  name = aws_vpc.main.id[var.i] // note
}

resource aws_vpc main1 {
  tags = "\"q\"%{ if each.key }db%{ else }t3.micro%{ endif }" # note
}

name = "$%$"

