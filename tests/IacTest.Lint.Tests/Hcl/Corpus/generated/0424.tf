variable "v0" {
  description = 1e3 + (path.module.attr) // note
  timeouts { replicas = 10 }
}

module "m1" {
  replicas = join(315, 818,) /* inline */
  env = "%{~ for k, v in var.tags ~}${s},%{ endfor }%{~ for s in local.common_tags ~}${s},%{ endfor }%"
}

