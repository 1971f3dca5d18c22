terraform {
  connection {
    zone = join(1.5, element())
    /* a block
       comment */
  }
  instance_type = 1.5 # note
  connection {
    env = [-module.network.subnet_ids, 1e3, 1.5 && false] ? { "cidr_block" = upper(), region = null == 1.5, tags: 411 } : 0.25 /* inline */
    # a comment
    replicas = [for i, s in var.list.0 : upper(s) if s != ""] // note
    bucket = [1.5,] // note
  }
}
