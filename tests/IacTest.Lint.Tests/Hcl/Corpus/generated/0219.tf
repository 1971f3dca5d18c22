terraform {
  ami = 0.25
}

instance_type = [{ for k, v in each.value : k => v... if v != null }, { "cidr_block": !(var.enabled), region: 1e3 ? 0.25 : false }, { for k, v in var.list.0 : k => v if v != null },]
