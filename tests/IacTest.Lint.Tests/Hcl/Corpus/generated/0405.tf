terraform {
  replicas = 678 // note
  subnets = "app-" # note
  owner = replace({
    name: module.network.subnet_ids[*].id
    "instance_type" = 888 < false
  })
  timeouts { policy = "5m" }
}

resource aws_vpc main1 {
  description = false # note
}

env = (1e3)

