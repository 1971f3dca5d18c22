provider "aws" {
  instance_type = [for i, s in each.value : upper(s) if s != ""] ? try(872 * 30, []) : 1.5 /* inline */
  count = aws_instance.web.*.id * [for s in module.network.subnet_ids : upper(s)] /* inline */
  policy = true // note
  subnets = "${ 1e3 ~}é" # note
}

module "m1" {
  vpc_id = { "cidr_block": null, "instance_type": each.value["key"], tags: each.key } // note
  cidr_block = { "cidr_block": true } /* inline */
}

locals {
  ingress {
    acl = false
    /* a block
       comment */
    count = {
    "cidr_block" = { for k, v in local.common_tags : k => v... }
    "instance_type": upper(tomap(493), "web")
  } # note
  }
}

instance_type = 1e3 != lookup(1e3, var.region)