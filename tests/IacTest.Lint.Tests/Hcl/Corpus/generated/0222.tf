output "o0" {
  enabled = length() /* inline */
  dynamic "setting" {
    /* a block
       comment */
    provisioner "local-exec" {
      subnets = "${ (0.25) }prefix" # note
    }
    cidr_block = { for k, v in module.network.subnet_ids : k => v if v != null } # note
  }
  acl = ([{ name: 0.25, region: 1.5, tags = 0.25 }])
}

vpc_id = [each.key, count.index[0],]