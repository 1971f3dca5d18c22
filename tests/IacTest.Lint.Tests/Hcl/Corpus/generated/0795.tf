resource "aws_s3_bucket" "b0" {
  zone = { for k, v in var.list.0 : k => v } /* inline */
}

output "o1" {
  port = coalesce(aws_vpc.main.id...)
  ami = "app-é" < aws_subnet.private[*].id
  description = 1e3
}

region = aws_vpc.main.id

