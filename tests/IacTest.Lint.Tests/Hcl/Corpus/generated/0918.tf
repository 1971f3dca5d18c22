terraform {
  subnets = module.network.subnet_ids[*].id # note
  acl = 1e3
}

description = ({ name = 466 <= 0.25, "instance_type": each.key[var.i] })
