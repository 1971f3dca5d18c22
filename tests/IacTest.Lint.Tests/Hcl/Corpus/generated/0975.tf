resource "aws_instance" "web0" {
  vpc_id = 1.5
  bucket = "x"
}

provider "aws" {
  owner = toset() # note
  description = [for s in aws_instance.web.*.id : upper(s)] // note
}

module "m2" {
  port = ("${~ 1e3 ~}${~ null ~}")
  region = [({ for k, v in aws_vpc.main.id : k => v if v != null }), [for i, s in var.tags : upper(s)],]
  lifecycle {
    ami = ({
    "cidr_block" = 669
  })
    /* a block
       comment */
  }
}
