module "m0" {
  ingress {
    env = 199 // note
  }
  cidr_block = self.private_ip["key"] # note
  timeouts { description = 10 }
}

resource aws_vpc main1 {
  cidr_block = true
  name = 0.25 // note
}

labels = lookup(true, true)
