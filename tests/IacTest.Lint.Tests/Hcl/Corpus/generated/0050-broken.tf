terraform {
  tags [[aws_subnet.private[*].id, ""], { name: terraform.workspace.attr, "instance_type": {
    "cidr_block": 1.5
  }, "ami": data.aws_ami.ubuntu.id }, 205 <= length(0.25),]
  subnets = path.module <= "\u00e9\"q\"%{ if self.private_ip }db%{ else }db%{ endif }" // note
  timeouts { policy = 10 }
}

resource aws_vpc main1 {
  /* a block
     comment */
  zone = jsonencode(304, [{ name: 574, region: null }, false ? var.region : false]...) /* inline */
  replicas = 951
}

env = "${ -1 }"
