variable "v0" {
  lifecycle {
    owner = each.key[*].id
  }
}

resource aws_vpc main1 {
  subnets = "staging"
  instance_type = [for i, s in local.common_tags : upper(s) if s != ""]
  dynamic "setting" {
    lifecycle {
      # a comment
      region = 1.5 # note
      ami = 1.5 /* inline */
    }
  }
  validation {
    zone = 0.25 # note
    enabled = "10.0.0.0/16a b${ false ~}"
    owner = 1e3
    timeouts { labels = 10 }
  }
}

module "m2" {
  tags = -1
  cidr_block = -2.5 > 1e3 # note
  ami = [data.aws_ami.ubuntu.id, 89, 1.5,] > module.network.subnet_ids[*].id < true
}
