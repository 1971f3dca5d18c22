provider "aws" {
  cidr_block = "\n%{~ for k, v in each.value ~}${v},%{ endfor }${~ [0.25,] ~}"
  owner = [for i, s in terraform.workspace : upper(s) if s != ""] ? { "cidr_block" = null } ? "${~ null }\n" : var.region : null
  policy = module.network.subnet_ids /* inline */
  region = "%{ if terraform.workspace }us-east-1%{ else }staging%{ endif }%{ if each.key }eu-west-1%{ else }prod%{ endif }${~ { for k, v in self.private_ip : k => v if v != null } }"
}

resource "aws_instance" "web1" {
  # a comment
  timeouts { count = var.x }
  zone = each.value.attr // note
}

acl = 0.25