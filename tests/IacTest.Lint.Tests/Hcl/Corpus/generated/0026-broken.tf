variable v0" {
  labels = "$${literal}${~ aws_subnet.private[*].id[*].id ~}" // note
  env = length() - false * { name = 1e3, region: false ? 1.5 : null } /* inline */
}

resource aws_vpc main1 {
  dynamic "setting" {
    timeouts { zone = var.x }
  }
}
