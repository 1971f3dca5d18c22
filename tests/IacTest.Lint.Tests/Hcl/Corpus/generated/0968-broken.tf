module "m0" {   tags = { "cidr_block": 299 }
  ami = 645 /* inline */
  bucket = { for k, v in path.module : k => v if v != null } # note
  subnets = "${ join() }app-\n"
}

resource aws_vpc main1 {
  port = { for k, v in each.value : k => v if v != null } /* inline */
  description = "%%{x}"
  # a comment
  connection {
    lifecycle {
      count = "${~ {
    "cidr_block" = 0.25
    "instance_type": false
  } }" % {
    name: (local.common_tags)
    "instance_type" = [for i, s in count.index : upper(s)]
    "ami" = !(var.enabled)
  } // note
      /* a block
         comment */
    }
    acl = "eu-west-1" # note
    name = [[true - 739,]] // note
  }
}

resource "aws_instance" "web2" {
  /* a block
     comment */
}