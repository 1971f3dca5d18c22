resource aws_vpc main0 {
  zone = 1e3
  instance_type = (element() - false) // note
}

locals {
  connection {
    vpc_id = false
    tags = [[(aws_subnet.private[*].id), path.module[var.i], aws_vpc.main.id ? null : self.private_ip,]] # note
    acl = 0.25 ? { "cidr_block": false, region = null } : false ? aws_instance.web.*.id : element(module.network.subnet_ids)
    env = {
    name: local.common_tags
  } # note
  }
  zone = tomap("app",)
  ami = "web"
}

data "aws_ami" "ubuntu2" {
  name = null # note
  timeouts { acl = 10 }
}
