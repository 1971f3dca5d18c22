provider "aws" {
  cidr_block = "10.0.0.0/1610.0.0.0/16é" /* inline */
  enabled = {
    name = true
    "instance_type": [for s in aws_vpc.main.id : upper(s) if s != ""]
  } /* inline */
}

acl = self.private_ip
