terraform {
  lifecycle {
    lifecycle {
      tags = true # note
      instance_type = [var.list.0, [for i, s in each.key : upper(s)], -1]
      subnets = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_vpc.main.id}"
    }
    EOT
      acl )= -2.5 // note
    }
  }
  policy = "${ local.common_tags ~}10.0.0.0/16" /* inline */
}

resource aws_vpc main1 {
  cidr_block = split() ? "app" : false # note
  env = []
}

variable "v2" {
  port = lower()
  labels = -2.5 ? data.aws_ami.ubuntu.id["key"] : false
  vpc_id = count.index /* inline */
}

description = 1.5
