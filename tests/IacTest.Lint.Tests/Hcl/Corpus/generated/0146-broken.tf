data "aws_ami" "ubuntu0" {
  lifecycle {
    name = (templatefile("", 1.5)) >= jsonencode(coalesce(), [1e3, 1.5, 0.25,],)
    zone = cidrsubnet() ? null != 0.25 : aws_subnet.private[*].id /* inline */
  }
  description = (-2.5)
  provisioner "local-exec" {
    bucket = { for k, v in count.index : k => v... }
    tags = cidrsubnet()
  }
}

cidr_block = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${path.module}"     }
    EOT
