provider "aws" {
  replicas = { for k, v in var.list.0 : k => v if v != null }
  tags = [lower("eu-west-1") != 1e3,] # note
  acl = lookup((1e3) * tomap(1e3, each.key...), replace())
}

variable "v1" {
  bucket = 0.25
}

terraform {
  instance_type = aws_instance.web[0].id /* inline */
  bucket = [for s in module.network.subnet_ids : upper(s)]
  replicas = true < join("${ 1.5 ~}${~ 877 ~}")
  lifecycle {
    zone = each.value # note
    labels = 1.5 # note
    port = [for i, s in count.index : upper(s)]
  }
}

