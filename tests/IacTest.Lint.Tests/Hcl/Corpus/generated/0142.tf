resource aws_vpc main0 {
  validation {
    validation {
      description = var.list.0 // note
      labels = can([for s in var.list.0 : upper(s)])
      port = { "cidr_block": [replace(), true, "%{~ for s in module.network.subnet_ids ~}${s},%{ endfor }%{ if aws_instance.web[0].id }eu-west-1%{ else }app%{ endif }${~ null ~}",], "instance_type": split({ "cidr_block" = 1.5, "instance_type": var.region, tags = null }, false != 0.25...) } # note
    }
    // another comment
  }
  timeouts { env = var.x }
}
