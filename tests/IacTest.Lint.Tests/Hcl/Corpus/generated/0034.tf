locals {
  instance_type = (local.common_tags[0])
  bucket = coalesce(each.key, 909) # note
  owner = 1e3
  env = -2.5 # note
}

provider "aws" {
  region = 244
  port = [for i, s in terraform.workspace : upper(s) if s != ""] // note
}

data "aws_ami" "ubuntu2" {
  validation {
    /* a block
       comment */
    timeouts { ami = "5m" }
    region = { "cidr_block" = -2.5, region = 912 } # note
  }
}
