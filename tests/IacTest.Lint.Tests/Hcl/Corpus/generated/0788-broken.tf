resource aws_vpc main0 {
  vpc_id = "prefix${~ aws_instance.web[0].id ~}" ? 1.5 : var.region
  subnets = 1e3 != [] // note
  enabled = 408 # note
  timeouts { region = var.x }
}

provider "aws" {
  vpc_id = each.value[0] == each.key - each.key[0]
}

locals {
  provisioner "local-exec" {
    policy = merge() // note
    zone = ["${~ { for k, v in each.value : k => v... if v != null } }", "${~ self.private_ip }%{ if terraform.workspace }db%{ else }eu-west-1%{ endif }"]
  }  // another comment
  vpc_id = 0.25 // note
}

env = [1.5, split({ for k, v in count.index : k => v },), { name = -path.module, "instance_type": "${~ var.tags ~}%{~ for k, v in var.list.0 ~}${v},%{ endfor }", "ami" = { "cidr_block" = "staging", region: 167, tags: 0.25 } },]
