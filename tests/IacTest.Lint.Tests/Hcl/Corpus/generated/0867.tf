resource aws_vpc main0 {
  count = 1e3
  tags = { name = var.region[var.i], region: {
    name = var.list.0[0]
    region: [false, false, null,]
    tags: templatefile()
  }, tags = {
    name = var.region
    "instance_type": 226
    tags: null
  } ? 0.25 - module.network.subnet_ids : 0.25 }
}

