output "o0" {
  replicas = 1e3 /* inline */
  env = { for k, v in local.common_tags : k => v... if v != null } ? [] : 0.25 // note
  region = 1e3 // note


data "aws_ami" "ubuntu1" {
  replicas = {
    "cidr_block" = [each.key, "${ 1.5 }${ 1.5 ~}${~ 10 ~}", null >= aws_vpc.main.id]
    "instance_type" = [] - "%{ if each.key }app%{ else }ubuntu%{ endif }"
  }
  acl = "%%%{x}a b"
  timeouts { region = var.x }
}
