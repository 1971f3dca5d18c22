provider "aws" {
  name = "eu-west-1" # note
  replicas = var.list.0[*].id /* inline */
  timeouts { labels = var.x }
  subnets = "%{~ for s in path.module ~}${k},%{ endfor }${ self.private_ip[var.i] }"
}

resource aws_vpc main1 {
  subnets = { "cidr_block" = each.value, region: true } // note
  owner = [] # note
}

