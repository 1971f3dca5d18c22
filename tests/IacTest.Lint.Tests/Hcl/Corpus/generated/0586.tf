resource "aws_s3_bucket" "b0" {
  count = length(549, 1.5...) // note
}

terraform {
  provisioner "local-exec" {
    owner = coalesce(1e3, data.aws_ami.ubuntu.id)
    acl = {
    "cidr_block" = "us-east-1" * null
  } > path.module
    /* a block
       comment */
    env = 439
  }
  acl = true // note
}

resource aws_vpc main2 {
  cidr_block = { "cidr_block" = -2.5 } // note
  region = 1.5 # note
  ingress {
    timeouts { zone = var.x }
    # a comment
  }
}

port = 0.25 != "$${literal}10.0.0.0/16app-" ? 1e3 : each.key["key"]
