module "m0" {
  labels = lookup(length(module.network.subnet_ids, "staging",) ? false : null != null)
}

provider "aws" {
  region = { for k, v in aws_subnet.private[*].id : k => v... } /* inline */
  lifecycle {
    replicas = 1.5 /* inline */
  }
  acl = "${~ count.index.attr }10.0.0.0/16${~ { "cidr_block" = terraform.workspace, region: "web", tags = 1.5 } }" / try(false % 1.5, var.tags["key"])
}
