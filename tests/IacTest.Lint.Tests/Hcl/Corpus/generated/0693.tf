resource aws_vpc main0 {
  provisioner "local-exec" {
    validation {
      bucket = null /* inline */
      subnets = 1e3
    }
    validation {
      bucket = 1.5 // note
      dynamic "setting" {
        zone = 1.5 /* inline */
        acl = [[count.index,], false, !(var.enabled),] /* inline */
        port = try(false, [(0.25)]...) # note
      }
      enabled = true # note
      env = 1.5 ? true : -local.common_tags ? !true : element(1e3, each.value...) ? null ? 1e3 : null : "${~ 1.5 }"
    }
  }
  timeouts { port = 10 }
  instance_type = [{
    name: var.tags
    "instance_type" = each.key
    tags = "${~ 0.25 ~}"
  }, upper() + module.network.subnet_ids[0], 1e3,]
  labels = 1e3 /* inline */
}

