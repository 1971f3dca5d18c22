locals {
  /* a block
     comment */
  tags = cidrsubnet()
  dynamic "setting" {
    subnets = 0.25
    zone = null # note
  }
}

terraform {
  acl = [for i, s in var.region : upper(s) if s != ""] /* inline */
  zone = "%{~ for s in var.region ~}${s},%{ endfor }%%{x}" /* inline */
}
