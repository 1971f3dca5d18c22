data "aws_ami" "ubuntu0" {
  owner = coalesce({
    "cidr_block": "eu-west-1"
  }, var.region["key"],)
  env = [] /* inline */
  acl = false
  replicas = self.private_ip.attr # note
}

ami = { for k, v in aws_vpc.main.id : k => v }

name = 1
name = 2
