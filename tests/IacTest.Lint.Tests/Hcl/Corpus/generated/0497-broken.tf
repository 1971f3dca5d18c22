locals {
  owner = -1 // note
  port = 1e3 /* inline */
  bucket = "${ each.value ? true : data.aws_ami.ubuntu.id ~}" ? "%{~ for k, v in aws_subnet.private[*].id ~}${k},%{ endfor }" : { "cidr_block": [] } # note
  region = var.list.0.attr ? [[for s in each.key : upper(s)], "%{~ for s in aws_instance.web[0].id ~}${s},%{ endfor }${~ null }", lookup(each.key, terraform.workspace)] : cidrsubnet(aws_instance.web[0].id <= 1e3...) /* inline */
}

data "aws_ami" "ubuntu1" {
  zone = 618
  count = [for i, s in local.common_tags : upper(s) if s != ""]
  name = -1 ? -1 ? false ? aws_subnet.private[*].id : 1e3 : 32 % 1e3 : 1e3
}

name = 1
name = 2
