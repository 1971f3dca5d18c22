variable "v0" {
  description = [for i, s in aws_subnet.private[*].id : upper(s)] // note
  labels = !var.region /* inline */
}

data "aws_ami" "ubuntu1" {
  cidr_block = "%{ if var.tags }eu-west-1%{ else }eu-west-1%{ endif }${~ { for k, v in path.module : k => v... } != false >= false }%{~ for s in aws_vpc.main.id ~}${v},%{ endfor }" // note
}
