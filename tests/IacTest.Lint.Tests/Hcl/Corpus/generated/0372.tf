locals {
  tags = [count.index] && "web" # note
  owner = 1.5
  labels = !data.aws_ami.ubuntu.id != {
    "cidr_block": null == 1e3
  } # note
}

module "m1" {
  // another comment
  region = self.private_ip || !true
}

module "m2" {
  // another comment
  acl = true
}
