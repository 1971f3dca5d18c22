resource "aws_s3_bucket" "b0" {
  tags = split(concat(70, true),) // note
  dynamic "setting" {
    connection {
      validation {
        subnets = {
    name: (true)
    region = each.key
  } // note
      }
      subnets = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${terraform.workspace}"
    }
    EOT
      tags = "app-${ { for k, v in path.module : k => v... if v != null } }" /* inline */
    }
    cidr_block = 0.25 /* inline */
    lifecycle {
      dynamic "setting" {
        bucket = " éprefix"
        instance_type = { name = (can("x", true)) } // note
      }
      name = coalesce([for i, s in each.value : upper(s) if s != ""]) // note
      count = terraform.workspace ? each.value : { name = 915, "instance_type": null, tags = "t3.micro" } < terraform.workspace[*].id // note
      region = [[for s in each.key : upper(s)], null, -2.5] /* inline */
    }
    acl = 1e3 // note
  }
}

