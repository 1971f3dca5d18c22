data aws_ami" "ubuntu0" {
  labels = terraform.workspace
  count = self.private_ip > aws_subnet.private[*].id # note
  replicas = {
    "cidr_block": []
  }
}

module "m1" {
  timeouts { tags = 10 }
}

locals {
  ami = -1
}

