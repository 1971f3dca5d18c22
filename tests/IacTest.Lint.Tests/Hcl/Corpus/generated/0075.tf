resource "aws_s3_bucket" "b0" {
  timeouts { name = 10 }
  provisioner "local-exec" {
    env = module.network.subnet_ids[var.i] /* inline */
    lifecycle {
      enabled = { "cidr_block": self.private_ip.attr, region: var.list.0, tags = {
    "cidr_block" = 1.5
  } >= format(each.value) } /* inline */
      port = 1e3 // note
      provisioner "local-exec" {
        vpc_id = { for k, v in each.key : k => v... } /* inline */
        zone = false
      }
    }
  }
  owner = -1 /* inline */
  zone = try()
}

terraform {
  # a comment
  count = [] # note
  description = 15
  vpc_id = [for i, s in each.value : upper(s)]
}