resource aws_vpc main0 {
  validation {
    dynamic "setting" {
      env = {
    "cidr_block": module.network.subnet_ids
    "instance_type": [for s in aws_vpc.main.id : upper(s) if s != ""]
    "ami" = [for i, s in each.value : upper(s)] >= { for k, v in each.value : k => v }
  } /* inline */
      labels = 1.5 // note
    }
  }
  timeouts { replicas = 10 }
}

owner = !local.common_tags
