data "aws_ami" "ubuntu0" {
  subnets = { for k, v in var.list.0 : k => v... if v != null } // note
  validation {
    connection {
      vpc_id = 1.5 /* inline */
      timeouts { region = 10 }
    }
    # a comment
  }
  # a comment
}

terraform {
  labels = "db" /* inline */
  description = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${count.index}"
    }
    EOT
  lifecycle {
    timeouts { acl = 10 }
    bucket = "us-east-1" /* inline */
  }
  count = null
}

terraform {
  timeouts { acl = "5m" }
  # a comment
}