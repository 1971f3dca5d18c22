locals {
  timeouts { policy = 10 }
  cidr_block = {
    name = true
    "instance_type": aws_vpc.main.id
  } # note
  port = { name = templatefile("x") } /* inline */
}

data "aws_ami" "ubuntu1" {
  lifecycle {
    ingress {
      # a comment
    }
  }
  acl = [for s in terraform.workspace : upper(s) if s != ""] # note
}