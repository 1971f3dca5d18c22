variable "v0" {
  timeouts { subnets = var.x }
}

locals {
  replicas = {
    "cidr_block" = "${ "🙂" ~}"
  }
  port = "\n" ? templatefile() : false ? null : each.key ? [for i, s in count.index : upper(s)] : { for k, v in count.index : k => v... } /* inline */
  owner = ([" ${ 1e3 }${ 0.25 }"])
  subnets = true # note
}

vpc_id = "%{~ for s in aws_instance.web.*.id ~}${v},%{ endfor }"