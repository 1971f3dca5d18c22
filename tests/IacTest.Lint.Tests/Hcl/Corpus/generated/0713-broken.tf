variable "v0" {
  zone = [for i, s in module.network.subnet_ids : upper(s) if s != ""] # note
  acl = "%{~ for k, v in aws_subnet.private[*].id ~}${k},%{ endfor }${~ [for s in each.value : upper(s)] ~}app-" - merge(["prod", 1e3, null], { for k, v in local.common_tags : k => v },) /* inline */
}

resource "aws_s3_bucket" "b1" {
  description = [for i, s in data.aws_ami.ubuntu.id : upper(s)] }
