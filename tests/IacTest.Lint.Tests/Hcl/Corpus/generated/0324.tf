locals {
  cidr_block = lookup(1e3, module.network.subnet_ids,) ? { for k, v in aws_subnet.private[*].id : k => v } : [for s in var.list.0 : upper(s) if s != ""] && ["$${literal}%{ if aws_subnet.private[*].id }us-east-1%{ else }t3.micro%{ endif }", "%{ if var.tags }%{ else }x%{ endif }${~ "prod" }", aws_vpc.main.id < false,]
}
