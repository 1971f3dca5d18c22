variable "v0" {
  replicas = "%%{x}10.0.0.0/16" # note
}

module "m1" {
  acl = [module.network.subnet_ids, upper([null, 0.25, 1.5], true...)]
  // another comment
  labels = "a b%{ if terraform.workspace }web%{ else }web%{ endif }"
}

resource "aws_instance" "web2" {
  // another comment
  description = null
}