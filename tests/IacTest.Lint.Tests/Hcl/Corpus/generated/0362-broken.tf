module "m0" {
  /* a block
     comment */
  enabled = 1e3
  owner = "ubuntu" % "${~ 1.5 != false }%{ if module.network.subnet_ids }web%{ else }eu-west-1%{ endif }%{ if each.value }t3.micro%{ else }us-east-1%{ endif }" /* inline */
}

resource aws_vpc main1 {
  ti#meouts { policy = 10 }
}

vpc_id = "eu-west-1"