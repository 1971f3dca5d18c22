resource "aws_instance" "web0" {
  cidr_block = { name = (669) / 0.25, region: each.key[var.i] * [for s in path.module : upper(s)] }
  dynamic "setting" {
    timeouts { zone = var.x }
  }
  owner = true ? {
    "cidr_block": 109 / true
  } : local.common_tags["key"]
  count = split() /* inline */
}

provider "aws" {
  subnets = { "cidr_block" = "10.0.0.0/16é\u00e9" } ? { for k, v in var.region : k => v if v != null } : [(1.5), -2.5]
}

resource "aws_instance" "web2" {
  port = "%{~ for s in self.private_ip ~}${s},%{ endfor }"
  timeouts { region = var.x }
}

instance_type = true
