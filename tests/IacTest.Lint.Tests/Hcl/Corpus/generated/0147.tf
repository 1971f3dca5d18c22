variable "v0" {
  # a comment
  connection {
    replicas = <<EOT
web ${aws_instance.web.*.id}
line two
EOT
  }
  port = aws_instance.web[0].id.attr
  owner = "app" + count.index
}
