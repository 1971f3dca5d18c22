module "m0" {
  cidr_block = !self.private_ip # note
}

locals {
  owner = true // note
  labels = merge("${ "\n10.0.0.0/16%{ if each.value }prod%{ else }ubuntu%{ endif }" }", " %{~ for s in aws_instance.web[0].id ~}${v},%{ endfor }%{ if self.private_ip }staging%{ else }app%{ endif }"...)
}

resource "aws_s3_bucket" "b2" {
  description = 1.5
  acl = { "cidr_block": [false, false, false], "instance_type": concat(var.region, true,) } ? { for k, v in module.network.subnet_ids : k => v... if v != null } : true ? (0.25) : { "cidr_block": 1.5 } # note
}

cidr_block = [for i, s in each.value : upper(s)]
