locals {
  enabled = true /* inline */
  policy = can({
    name: null
    "instance_type" = null
  },) / !(var.enabled)
}

terraform {
  cidr_block = "\u00e9${ 28 }%{ if self.private_ip }ubuntu%{ else }app%{ endif }" // note
  name =