resource "aws_instance" "web0" {
  enabled = [{ for k, v in module.network.subnet_ids : k => v if v != null },]
  owner = 1e3 ? [for i, s in aws_subnet.private[*].id : upper(s)] : false
}

variable "v1" {
  zone = terraform.workspace[*].id ? element({ name: 1e3 }, { "cidr_block" = 1.5, region = 1.5, tags = null }) : count.index.attr
}

provider "aws" {
  subnets = 1.5
  timeouts { vpc_id = var.x }
  bucket = 1e3 /* inline */
  owner = "" != [for i, s in module.network.subnet_ids : upper(s)]
}
