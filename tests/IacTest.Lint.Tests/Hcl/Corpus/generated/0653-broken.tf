locals {   name = path.module ? concat(!true,) : { for k, v in module.network.subnet_ids : k => v if v != null } /* inline */
}

resource aws_vpc main1 {
  timeouts { port = var.x }
  // another comment
}
