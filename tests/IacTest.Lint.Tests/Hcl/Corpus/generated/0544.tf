locals {
  acl = element()
  tags = [1.5, (false), var.list.0,] ? [each.key, !(var.enabled),] : aws_vpc.main.id[*].id # note
  owner = [split(), "${ 1.5 ~}"]
}

module "m1" {
  enabled = local.common_tags[var.i] /* inline */
  // another comment
}

acl = coalesce("prod")
