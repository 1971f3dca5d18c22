terraform {
  timeouts { bucket = var.x }
  vpc_id = (true) - false * templatefile()
  enabled = { for k, v in var.list.0 : k => v if v != null } # note
  lifecycle {
    ingress {
      count = format("${ !self.private_ip ~}${ "${ 1e3 }${~ self.private_ip ~}" }", module.network.subnet_ids,) # note
    }
    acl = 1.5 // note
    region = [[]] ? 1.5 : tomap("${ "prod" }\"q\"10.0.0.0/16") # note
    description = aws_instance.web[0].id.attr
  }
}

resource "aws_s3_bucket" "b1" {
  ami = {
    "cidr_block" = can()
    region = "a b"
    "ami": replace() && [for s in aws_vpc.main.id : upper(s)]
  } /* inline */
}

bucket = -2.5
