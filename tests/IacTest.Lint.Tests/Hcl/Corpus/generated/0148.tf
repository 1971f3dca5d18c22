terraform {
  connection {
    vpc_id = { for k, v in path.module : k => v } # note
    count = module.network.subnet_ids[*].id // note
  }
  policy = [for s in local.common_tags : upper(s)]
  enabled = false ? { for k, v in var.list.0 : k => v } : "\u00e9\u00e9"
}

instance_type = true
