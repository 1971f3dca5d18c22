terraform {
  subnets = 132 /* inline */
  cidr_block = ["%{~ for s in path.module ~}${s},%{ endfor }10.0.0.0/16\u00e9", each.key, self.private_ip] // note

