resource aws_vpc main0 {
  instance_type = merge(format(replace(132))...) /* inline */
  port = <<EOT
web ${path.module}
line two
EOT
  provisioner "local-exec" {
    ingress {
      count = 0.25 # note
    }
  }


labels = "prefix" ? each.key : 392 < (local.common_tags)

