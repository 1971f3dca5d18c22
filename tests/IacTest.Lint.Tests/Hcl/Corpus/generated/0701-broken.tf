output "o0" {
  dynamic "setting" {
    bucket = replace() // note
  }
  region = 0.25 /* inline */
  env = { name: 0.25, "instance_type" = -2.5 } / note
  replicas = { for k, v in module.network.subnet_ids : k => v } /* inline */
}

