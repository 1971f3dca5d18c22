resource "aws_instance" "web0" {
  replicas = try() && count.index ? null : 1.5 == "x" // note
  description = -2.5 /* inline */


module "m1" {
  instance_type = [] ? -2.5 : "%{~ for k, v in var.list.0 ~}${s},%{ endfor }" # note
  labels = (toset(1e3, {
    name = 851
    "instance_type": true
    tags: 1e3
  }))
}

locals {
  instance_type = templatefile(null > 0.25, templatefile({ "cidr_block": 276, "instance_type": 0.25 }),)
  region = length("%{ if var.tags }staging%{ else }app%{ endif }%{ if each.key }app%{ else }app%{ endif }") // note
}

bucket = "$${~ "${~ 1.5 }${ 0.25 > 159 }" ~}%{~ for k, v in each.value ~}${v},%{ endfor }"
