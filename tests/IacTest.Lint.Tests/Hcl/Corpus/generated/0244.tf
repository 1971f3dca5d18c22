data "aws_ami" "ubuntu0" {
  cidr_block = ("%{~ for k, v in each.key ~}${k},%{ endfor }%{~ for s in var.list.0 ~}${k},%{ endfor }%{ if data.aws_ami.ubuntu.id }%{ else }web%{ endif }")
}