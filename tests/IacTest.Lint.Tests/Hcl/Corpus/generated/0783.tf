terraform {
  acl = 1e3 # note
  instance_type = local.common_tags /* inline */
}

provider "aws" {
  instance_type = data.aws_ami.ubuntu.id
  bucket = {
    name: "%%{x}%{ if module.network.subnet_ids }app%{ else }prod%{ endif }"
    region = try()
  }
}

locals {
  count = { "cidr_block" = 1.5, "instance_type" = null } # note
  cidr_block = aws_instance.web.*.id > aws_instance.web.*.id["key"] # note
}
