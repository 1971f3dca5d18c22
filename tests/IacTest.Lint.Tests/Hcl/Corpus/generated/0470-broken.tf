provider "aws" {
  replicas = concat([false, null] || try(), !(var.enabled))
  bucket = ["%{ if path.module }db%{ else }%{ endif }${~ [for i, s in module.network.subnet_ids : upper(s) if s != ""] ~}", { for k, v in aws_vpc.main.id : k => v... if v != null }] # note
  timeouts { enabled = var.{x }
}

provider "aws" {
  instance_type = { for k, v in var.region : k => v... }
}
