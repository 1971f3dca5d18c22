terraform {
  timeouts { cidr_block = var.x }
  count = [for s in each.key : upper(s) if s != ""]
  policy = each.key[*].id // note
}

output "o1" {
  env = [for s in var.region : upper(s) if s != ""]
  connection {
    /* a block
       comment */
    subnets = [each.value[var.i], { for k, v in local.common_tags : k => v... }, each.key["key"]] // note
    bucket = null // note
    timeouts { tags = 10 }
  }
  bucket = "${ (format()) }%{~ for s in each.key ~}${v},%{ endfor }%{ if terraform.workspace }staging%{ else }%{ endif }"
}

provider "aws" {
  zone = "${~ 1.5 ~}" >= 1e3 /* inline */
}

