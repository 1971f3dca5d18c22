variable "v0" {
  lifecycle {
    name = [{ for k, v in terraform.workspace : k => v... if v != null },] && ("app-") /* inline */
  }
  cidr_block = { for k, v in var.list.0 : k => v } // note
}

locals {
  acl = false // note
  zone = 160 ? "%{~ for s in count.index ~}${s},%{ endfor }é%{~ for s in aws_subnet.private[*].id ~}${v},%{ endfor }" * null < null : { name = upper(aws_instance.web.*.id, false,), "instance_type" = null ? "db" : true, tags = 1.5 } // note
}

resource "aws_s3_bucket" "b2" {
  bucket = -1
  tags = 1.5
  // another comment
}


name = 1
name = 2
