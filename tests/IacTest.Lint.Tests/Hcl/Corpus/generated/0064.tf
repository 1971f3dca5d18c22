terraform {
  timeouts { zone = 10 }
  /* a block
     comment */
}

resource aws_vpc main1 {
  count = true // note
  acl = merge(282,) /* inline */
}

data "aws_ami" "ubuntu2" {
  # a comment
}

