locals {
  policy = length("$${ 1e3 }") # note
  zone = !terraform.workspace /* inline */
}

data "aws_ami" "ubuntu1" {
  dynamic "setting" {
    acl = 0.25 # note
    // another comment
    tags = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.tags}"
    }
    EOT
  }
}