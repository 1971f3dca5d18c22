resource aws_vpc main0 {
  replicas = []
  policy = -2.5 // note
  acl = null # note
  enabled = var.region["key"]
}

resource "aws_instance" "web1" {
  name = "t3.micro" /* inline */
  acl = ["%{ if var.list.0 }staging%{ else }x%{ endif }%{ if each.key }ubuntu%{ else }web%{ endif }%{~ for s in var.region ~}${v},%{ endfor }", "x"]
  timeouts { tags = "5m" }
}
