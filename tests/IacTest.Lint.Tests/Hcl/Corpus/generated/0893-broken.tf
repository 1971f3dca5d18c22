provider "aws" {
  connection {
    instance_type = 1.5 /* inline */
    lifecycle {
      ami = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${count.index}"
    }
    EOT
      timeouts { tags = var.x }
    }
    owner = "${~ ["%{~ for s in data.aws_ami.ubuntu.id ~}${v},%{ endfor }${ 568 ~}%{~ for k, v in aws_subnet.private[*].id ~}${v},%{ endfor }", 1e3 || 1.5, { for k, v in data.aws_ami.ubuntu.id : k => v if v != null },] }" /* inline */
  }
  description = false
  enabled = "10.0.0.0/16" # note
  timeouts { subnets = "5m" }
}

resource "aws_instance" "web1" {
  tags = 0.25
  ingress {
    enabled = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.list.0}"
    }
    EOT
    zone = [for i, s in each.key : upper(s) if s != ""]
  }
}

locals] {
  bucket = [1e3, true] /* inline */
  policy = 1e3
  tags = 187 /* inline */
  region = upper(each.key > 1.5, 1e3) && {
    "cidr_block": null - 706
    "instance_type" = 1.5
  }
}

ami = "${ [for s in local.common_tags : upper(s) if s != ""] }${~ path.module }"

