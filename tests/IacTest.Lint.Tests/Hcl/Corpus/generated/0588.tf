module "m0" {
  cidr_block = 180 # note
}

subnets = [] > [(0.25), "${ false ~}é$${literal}", false,]

