resource "aws_instance" "web0" {
  timeouts { policy = 10 }
  labels = [] // note
}

resource aws_vpc main1 {
  enabled = {
    name = "t3.micro"
    region = tomap(true,)
  } // note
  labels = "${~ null ~}" % 0.25 && null == { name: data.aws_ami.ubuntu.id - terraform.workspace }
  description = self.private_ip + [for s in module.network.subnet_ids : upper(s) if s != ""] ? { "cidr_block" = true } : { name: 0.25, region: module.network.subnet_ids } // note
  count = upper()
}

data "aws_ami" "ubuntu2" {
  tags = {
    name = {
    name = true
    region: "eu-west-1"
  } ? false : "${~ 1e3 }"
  }
  cidr_block = null
  labels = null # note
}

cidr_block = "ubuntu"
