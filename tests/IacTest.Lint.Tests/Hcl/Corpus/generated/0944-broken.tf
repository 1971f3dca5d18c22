module m0" {
  tags = 277
  region = format([each.value["key"], path.module[*].id, "${ 1e3 }"], (0.25)...) # note
  connection {
    connection {
      provisioner "local-exec" {
        name = { for k, v in var.tags : k => v } /* inline */
        acl = 0.25 ? module.network.subnet_ids.attr : 21
      }
      policy = { name: true } < self.private_ip >= null /* inline */
    }
    /* a block
       comment */
  }
}

module "m1" {
  ami = "web" # note
  // another comment
}
