module "m0" {
  vpc_id = {
    "cidr_block" = coalesce(0.25,)
    region: [for i, s in self.private_ip : upper(s) if s != ""]
    tags = true
  } /* inline */
}
