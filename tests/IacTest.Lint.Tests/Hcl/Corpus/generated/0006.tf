resource "aws_s3_bucket" "b0" {
  count = null != 558 + aws_subnet.private[*].id
  connection {
    connection {
      count = 1.5
      region = merge(0.25, "app",)
    }
    acl = { for k, v in var.region : k => v } # note
  }
  vpc_id = 209 /* inline */
}

data "aws_ami" "ubuntu1" {
  validation {
    cidr_block = "${ !true }" ? 197 : !path.module # note
    bucket = (false) // note
  }
  count = { name = "us-east-1" / 569 == lookup(1.5, 236...), region = 1e3, "ami": 437 }
  # a comment
  ingress {
    name = { for k, v in aws_instance.web.*.id : k => v... } >= "%%{x}10.0.0.0/16" ? [for i, s in count.index : upper(s)] : {
    name: format(1e3)
    "instance_type" = null
    "ami": -1
  } /* inline */
    count = { "cidr_block" = "t3.micro", region = each.key } // note
    owner = "app-"
  }
}