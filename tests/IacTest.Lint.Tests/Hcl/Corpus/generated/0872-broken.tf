locals {
  acl = 1.5 // note
  timeouts { cidr_block = 10 }
  zone = [for i, s in aws_vpc.main.id : upper(s)] <= 1e3 # note
}

prov}ider "aws" {
  replicas = {
    name: 1.5
  }
}

variable "v2" {
  // another comment
  timeouts { vpc_id = "5m" }
}
