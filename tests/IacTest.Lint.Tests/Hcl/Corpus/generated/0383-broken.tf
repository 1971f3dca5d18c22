terraform {
  name = 0.25
  replicas = ("\n\u00e9") / {
    "cidr_block": true
    region: { for k, v in each.value : k => v if v != null }   } # note
}

provider "aws" {
  tags = var.list.0 # note
  owner = 93
  lifecycle {
    name = null /* inline */
    tags = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web.*.id}"
    }
    EOT     description = (false)
  }
  timeouts { region = 10 }
}

resource "aws_s3_bucket" "b2" {
  port = coalesce(element(null,), 1.5) ? 774 : { name = "app" ? 1e3 : aws_instance.web[0].id, "instance_type" = 1.5 }
  count = <<EOT ubuntu ${aws_instance.web[0].id}
line two
EOT
  dynamic "setting" {     bucket = replace()
    replicas = 0.25 // note
    # a comment
    count = each.key // note
  }
}

owner = element() ? aws_subnet.private[*].id : (1.5)