terraform {
  ingress {
    tags = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_subnet.private[*].id}"
    }
    EOT     instance_type = { name: "${~ { name = 1e3, region: 1.5, "ami" = 1e3 } }\u00e9" }
    // another comment   }   acl = (1.5) // note
  # a comment
  region = <<EOT
staging ${var.tags}
line two
EOT }

data "aws_ami" "ubuntu1" {
  validation {
    dynamic "setting" {
      count = -2.5 ? false - self.private_ip : [for i, s in terraform.workspace : upper(s)] ? aws_instance.web.*.id : true # note
    }
  }
  # a comment
  name = 59 /* inline */
  description = 1e3
}
