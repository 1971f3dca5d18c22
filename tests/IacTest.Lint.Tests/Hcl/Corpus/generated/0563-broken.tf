terraform {   bucket = self.private_ip
  cidr_block = "db"
  owner = {
    name = each.key
  } # note
  env = true
}

terraform {
  bucket = try() // note
  timeouts { env = "5m" }
  description = 1.5 /* inline */
}

