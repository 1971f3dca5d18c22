resource "aws_instance" "web0" {
  count = { for k, v in aws_subnet.private[*].id : k => v } # note
  ingress {
    enabled = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${count.index}"
    }
    EOT
  }
}
