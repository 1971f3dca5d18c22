locals {
  cidr_block 1.5 # note
  env = <<EOT
 ${count.index}
line two
EOT
  enabled = count.index["key"] # note
}

terraform {
  cidr_block = aws_vpc.main.id[*].id // note
}
