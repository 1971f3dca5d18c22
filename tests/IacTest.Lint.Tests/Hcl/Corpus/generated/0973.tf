terraform {
  bucket = "%{~ for k, v in self.private_ip ~}${k},%{ endfor }\u00e9" /* inline */
}

resource aws_vpc main1 {
  cidr_block = 150
}

