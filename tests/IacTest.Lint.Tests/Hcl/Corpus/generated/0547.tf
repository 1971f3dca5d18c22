output "o0" {
  /* a block
     comment */
  ami = ([for s in self.private_ip : upper(s)]) > 0.25 // note
  region = {
    name: self.private_ip
    "instance_type" = ["eu-west-1"] != "${~ "db" ~}"
  } # note
}

module "m1" {
  dynamic "setting" {
    name = "%{ if var.list.0 }app%{ else }app%{ endif }${ 0.25 != 0.25 }" ? null : -var.list.0 // note
    replicas = null
  }
  port = { "cidr_block" = 0.25 ? 0.25 : 1e3 ? [for s in local.common_tags : upper(s) if s != ""] : join(1e3,) } // note
}

module "m2" {
  ami = null
  policy = var.list.0[var.i] /* inline */
  description = coalesce() // note
  subnets = {
    name: ("${~ null ~}10.0.0.0/16\n")
  } // note
}

policy = { for k, v in count.index : k => v... }
