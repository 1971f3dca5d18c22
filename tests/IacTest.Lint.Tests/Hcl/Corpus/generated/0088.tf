variable "v0" {
  enabled = {
    "cidr_block": {
    "cidr_block" = false <= null
  }
    region: count.index[*].id || 347
  } # note
  bucket = can(([1e3, true, 1e3,]))
  dynamic "setting" {
    replicas = [] /* inline */
  }
}
