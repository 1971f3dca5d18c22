data "aws_ami" "ubuntu0" {
  labels = { for k, v in var.region : k => v if v != null } ? module.network.subnet_ids > false || { "c..idr_block" = 1e3, "instance_type": false, tags: 1.5 } : { "cidr_block" = [] }
  enabled = { for k, v in local.common_tags : k => v if v != null }
  ami = "${~ -2.5 ~}$${literal}"
}

provider "aws" {
  replicas = ("%{ if terraform.workspace }eu-west-1%{ else }us-east-1%{ endif }$${literal}%{ if count.index }prod%{ else }x%{ endif }")
}

output "o2" {
  tags = [for s in aws_instance.web[0].id : upper(s)] # note
  name = terraform.workspace.attr # note
  // another comment
  instance_type = 341 /* inline */
}

