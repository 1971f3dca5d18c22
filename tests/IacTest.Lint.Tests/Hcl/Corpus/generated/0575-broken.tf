output o0" {
  owner = "${ (null) }$${literal}a b" # note
  tags = null == { for k, v in aws_vpc.main.id : k => v... } # note
  validation {
    env = "staging" # note
  }
}

locals {
  acl = "\"q\"%{ if module.network.subnet_ids }eu-west-1%{ else }db%{ endif }%{~ for k, v in var.tags ~}${k},%{ endfor }"
  labels = [!var.region, replace("$\n%{~ for s in aws_instance.web.*.id ~}${k},%{ endfor }", aws_vpc.main.id),]
  // another comment
}

region = null
