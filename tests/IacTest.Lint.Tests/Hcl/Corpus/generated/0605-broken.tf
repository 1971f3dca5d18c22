terraform {
  bucket = 0.25 ? null + 11 <= module.network.subnet_ids ? 1.5 : 107 : true ? "%{ if data.aws_ami.ubuntu.id }%{ else }x%{ endif }%{ if data.aws_ami.ubuntu.id }t3.micro%{ else }eu-west-1%{ endif }" : 0.25 /* inline */


output "o1" {
  count = (data.aws_ami.ubuntu.id ? join() : 0.25) # note
  description = 1.5
}

replicas = terraform.workspace[var.i]

