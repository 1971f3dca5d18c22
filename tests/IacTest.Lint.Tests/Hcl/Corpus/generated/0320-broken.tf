resource "aws_instance" "web0" {   // another comment
  provisioner "local-exec" {
    timeouts { replicas = var.x }
    region = [for s in count.index : upper(s)] /* inline */
    zone = 101 /* inline */
    timeouts { labels = var.x }
  }
  validation {
    # a comment
    replicas = ["ubuntu", false ? 1e3 : 0.25 / module.network.subnet_ids, (null ? local.common_tags : 1.5),] /* inline */
    connection {
      /* a block
         comment */
      subnets = merge("prefix${ 1e3 }" != [true, each.value, null,])
      labels = { for k, v in var.tags : k => v } /* inline */
    }
  }
  timeouts { port = 10 }
}

env = jsonencode(try(),)

