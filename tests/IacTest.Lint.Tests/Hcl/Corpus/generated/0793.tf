resource aws_vpc main0 {
  count = <<EOT
db ${path.module}
line two
EOT
  instance_type = [] // note
  bucket = path.module[var.i]
}

env = <<EOT
staging ${local.common_tags}
line two
EOT
