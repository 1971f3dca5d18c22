terraform {
  description = merge(true / false) + { for k, v in count.index : k => v } # note
}

terraform {
  timeouts { acl = var.x } }
