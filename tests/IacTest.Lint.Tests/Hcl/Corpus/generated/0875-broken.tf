terraform {
  name = [1.5]
  timeouts { labels = var.x }


variable "v1" {
  tags = "%{~ for k, v in path.module ~}${k},%{ endfor }%{~ for k, v in var.list.0 ~}${v},%{ endfor }" # note
}

output "o2" {
  connection {
    dynamic "setting" {
      acl = [for s in var.region : upper(s)] # note
      name = 0.25 // note
      port = "${ false ? null : false ? "app-%%{x}" : "%{ if local.common_tags }t3.micro%{ else }db%{ endif }${ false ~}" ~}${~ "app" }" # note
    }
  }
  name = ("${ 967 }%{ if data.aws_ami.ubuntu.id }eu-west-1%{ else }ubuntu%{ endif }%{ if module.network.subnet_ids }web%{ else }app%{ endif }" ? local.common_tags[var.i] : var.region[*].id)
  count = var.region[*].id
  enabled = "db"
}

