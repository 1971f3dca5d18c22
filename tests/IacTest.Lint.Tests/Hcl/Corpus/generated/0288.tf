data "aws_ami" "ubuntu0" {
  acl = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${local.common_tags}"
    }
    EOT
  env = (false % 1.5) != { for k, v in each.key : k => v } // note
}

