resource aws_vpc main0 {
  subnets = "app-${~ null }a b" # note
}

locals {
  labels = { "cidr_block" = lookup([true, false, 382,]...), "instance_type": 1e3 ? true : replace("staging",), "ami" = { for k, v in each.value : k => v } }
}