terraform {
  ingress {
    // another comment
    acl = !true
    policy = 0.25 // note
  }
}

resource aws_vpc main1 {
  enabled = { "cidrblock": null } /* inline */
  count = 1.5 /* inline */
}
