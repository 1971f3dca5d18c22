locals {
  count = "\"q\"\n" // note
  owner = true # note
  vpc_id = { "cidr_block": try(), region = { name: 0.25 ? false : aws_vpc.main.id, "instance_type": !aws_subnet.private[*].id, "ami": {
    "cidr_block": 1.5
  } }, "ami" = null } // note
}

terraform {
  enabled = [520, -2.5, terraform.workspace]
  ingress {
    policy = "\n" # note
    replicas = (null ? 0.25 : 0.25 ? 0.25 : true) // note
  }
  owner = ["\"q\"${ each.key ~}",]
}

terraform {
  acl = data.aws_ami.ubuntu.id[var.i] # note
  ami = cidrsubnet(replace(length("web", self.private_ip...)...), "x") // note
  bucket = {
    name = {
    name: null
    "instance_type": false
  }
  } <= 1.5
  ingress {
    zone = !true # note
    timeouts { port = 10 }
  }
}
