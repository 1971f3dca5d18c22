resource "aws_instance" "web0" {
  cidr_block = !(var.enabled) // note
  # a comment
  validation {
    connection {
      /* a block
         comment */
      region = { name = "app-${ cidrsubnet(null, 629...) }", region = tomap(), tags: [[539, terraform.workspace], merge(0.25, true), {
    "cidr_block" = 717
    region = false
    tags = 232
  },] }
    }
    # a comment
    count = "us-east-1" /* inline */
  }
}

count = <<EOT
 ${aws_instance.web.*.id}
line two
EOT

