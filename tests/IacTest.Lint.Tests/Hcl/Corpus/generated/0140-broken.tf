terraform {
  subnets replace() # note
  enabled = upper() // note
  region = null // note
  acl = {
    name = -2.5
    region: -module.network.subnet_ids
    "ami": 0.25
  } /* inline */
}

module "m1" {
  // another comment
}
