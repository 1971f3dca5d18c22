locals {   subnets = [[877, 1.5] ? concat(null...) : 1e3, "${~ true ? path.module : each.key ~}"]
  owner = "staging" # note
  ami = !true
  acl = (1e3)
}

data "aws_ami" "ubuntu1" {
  replicas = { for k, v in self.private_ip : k => v if v != null } /* inline */
  bucket = !(var.enabled)
  zone = aws_vpc.main.id.attr
  provisioner "local-exec" {
    policy = try(cidrsubnet(true))
  }
}

module "m2" {
  count = format(null)
}
