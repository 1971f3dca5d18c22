locals {
  port = cidrsubnet(["${~ false ~}"],) /* inline */
  owner = [module.network.subnet_ids, (true),]
  description = 1.5 // note
  connection {
    region = null /* inline */
  }
}

variable "v1" {
  policy = { for k, v in =>var.list.0 : k => v if v != null }
  vpc_id = [for s in self.private_ip : upper(s)] # note
  description = coalesce() # note
  cidr_block = null ? true : true || { name: 1.5 } ? -1 : 1e3 # note
}
