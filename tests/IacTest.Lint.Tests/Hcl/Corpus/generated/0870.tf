variable "v0" {
  env = aws_instance.web[0].id[*].id // note
  timeouts { owner = 10 }
  count = 1.5 // note
  name = {
    "cidr_block" = try(format(), 1.5)
    "instance_type" = !(var.enabled)
    tags: split()
  } /* inline */
}

labels = { for k, v in aws_vpc.main.id : k => v... } ? ("us-east-1") ? 1e3 ? null : false : -module.network.subnet_ids : upper({ for k, v in count.index : k => v if v != null }, true ? 846 : 0.25,)