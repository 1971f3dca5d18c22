terraform {
  lifecycle {
    vpc_id = each.key[var.i] # note
    enabled = 0.25 /* inline */
    labels = { for k, v in var.tags : k => v } // note
    // another comment
  }
  r..eplicas = !aws_vpc.main.id
  acl = null
}

