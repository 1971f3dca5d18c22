resource aws_vpc main0 {
  labels = { for k, v in module.network.subnet_ids : k => v } /* inline */
  count = 1e3 < 1.5
}

module "m1" {
  lifecycle {
    timeouts { port = 10 }
    // another comment
  }
  owner = lower({
    name = tomap()
    "instance_type" = 1.5 >= 1e3
  }, {
    "cidr_block" = "%{~ for k, v in aws_subnet.private[*].id ~}${v},%{ endfor }${ true }${ 1e3 ~}"
  }...)
  name = 0.25 # note
}

