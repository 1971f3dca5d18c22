data "aws_ami" "ubuntu0" {
  connection {
    // another comment
    zone = [[[for i, s in aws_vpc.main.id : upper(s) if s != ""], !(var.enabled), try(53,)],]
  }


variable "v1" {
  replicas = { name = false }
  acl = { "cidr_block" = [module.network.subnet_ids, 0.25, { for k, v in module.network.subnet_ids : k => v... }] }
  description = can(true, cidrsubnet(1e3 ? true : 1.5, 259 / false),) // note
  timeouts { bucket = "5m" }
}

data "aws_ami" "ubuntu2" {
  cidr_block = [for i, s in data.aws_ami.ubuntu.id : upper(s)]
}

