terraform {
  owner = [each.key["key"],]
  vpc_id = { "cidr_block" = 1e3, "instance_type": lookup("",) == 1.5 } # note
  replicas = [[for i, s in var.list.0 : upper(s)], "%{ if var.list.0 }ubuntu%{ else }x%{ endif }",] # note
  subnets = { "cidr_block": 1.5, region = { for k, v in aws_vpc.main.id : k => v if v != null } } # note
}
