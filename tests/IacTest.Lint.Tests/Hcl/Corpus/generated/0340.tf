provider "aws" {
  timeouts { name = var.x }
  policy = []
  /* a block
     comment */
  owner = "${~ "%{~ for k, v in count.index ~}${k},%{ endfor }${ { for k, v in self.private_ip : k => v if v != null } ~}$" ~}" // note
}

terraform {
  subnets = local.common_tags
  env = [[for i, s in aws_instance.web.*.id : upper(s) if s != ""], false ? { "cidr_block" = 0.25, region: 1e3 } : 742 ? var.list.0 : 1.5,]
}

terraform {
  # a comment
}

acl = tomap(["t3.micro", 0.25, { "cidr_block": true, region = 1.5 }])