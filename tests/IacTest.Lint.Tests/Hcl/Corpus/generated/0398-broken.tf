data "aws_ami" "ubuntu0" {
  ami = {
    name: "eu-west-1"
    "instance_type": -self.private_ip
  }
  acl = 1e3 /* inline */
  cidr_block = {
    "cidr_block": "x"
  } /* inline */
}

subnets = module.network.subnet_ids


name = 1
name = 2
