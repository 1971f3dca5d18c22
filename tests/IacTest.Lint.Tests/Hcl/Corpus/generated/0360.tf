terraform {
  lifecycle {
    labels = "$%{ if aws_instance.web.*.id }db%{ else }x%{ endif }é" ? { for k, v in each.key : k => v... } && "eu-west-1" ? 0.25 : 0.25 : (replace(351, 1e3))
  }
}

resource aws_vpc main1 {
  provisioner "local-exec" {
    validation {
      ami = (aws_subnet.private[*].id) /* inline */
    }
    count = "${ "%%{x}%{~ for s in var.tags ~}${k},%{ endfor }app-" } %{ if aws_subnet.private[*].id }prod%{ else }t3.micro%{ endif }"
  }
  lifecycle {
    port = var.tags["key"]
    policy = (true)
    name = 1.5 // note
    description = ["prod", [for i, s in path.module : upper(s) if s != ""],]
  }
  provisioner "local-exec" {
    port = tomap([0.25, 0.25, 921], local.common_tags ? aws_instance.web[0].id : var.list.0,) ? {
    name = []
    "instance_type": []
  } : 1e3 * 764 ? terraform.workspace : aws_instance.web.*.id[0] # note
  }
  owner = { for k, v in module.network.subnet_ids : k => v... if v != null }
}

locals {
  instance_type = 1.5 # note
  zone = {
    name: "${~ "t3.micro" ? 1.5 : local.common_tags ~}"
    region = 0.25
  }
  labels = null
  env = "staging"
}

labels = replace([false, jsonencode(0.25, null)], false)

