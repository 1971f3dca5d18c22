variable "v0" {
  zone = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.list.0}"
    }
    EOT
}

resource "aws_s3_bucket" "b1" {
  owner = 1e3
  port = { for k, v in aws_instance.web[0].id : k => v... if v != null } > each.key ? "${ 786 % 142 ~}" : ("ubuntu")
}

data "aws_ami" "ubuntu2" {
  // another comment
}