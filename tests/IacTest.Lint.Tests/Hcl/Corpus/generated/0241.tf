resource aws_vpc main0 {
  owner = <<EOT
ubuntu ${var.region}
line two
EOT
  // another comment
  labels = (length()) /* inline */
  region = [] // note
}

