resource aws_vpc main0 {
  replicas = jsonencode()
  description = data.aws_ami.ubuntu.id[var.i]
  count = [self.private_ip] ? var.list.0 : {
    "cidr_block" = [null, true]
    region = "%{~ for s in each.key ~}${s},%{ endfor }%{~ for k, v in self.private_ip ~}${v},%{ endfor }%{ if each.value }db%{ else }us-east-1%{ endif }"
  } // note
  // another comment
}
