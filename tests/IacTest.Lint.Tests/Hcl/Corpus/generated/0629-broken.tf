terraform {
  labels = !(var.enabled)
  lifecycle {
    connection {
      count = "eu-west-1" /* inline */
      ingress {
        count = "10.0.0.0/16"
      }
      ami = { for k, v in local.common_tags : k => v }
      /* a block
         comment */
    }
    vpc_id = "${~ [[null,], null] }%{ if path.module }ubuntu%{ else }app%{ endif }🙂"
    name = [0.25, local.common_tags.attr, var.list.0[var.i]]
  }
  instance_type = [{
    "cidr_block": 0.25
  },]
  vpc_id = [null,] /* inline */

