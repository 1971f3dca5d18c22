module "m0" {
  // another comment
}

resource "aws_instance" "web1" {
  name = ["%%{x}", upper(null) ? 1.5 : count.index, can([]...),] // note
  ingress {
    owner = (false != null) // note
    bucket = []
    replicas = <<EOT
eu-west-1 ${var.tags}
line two
EOT
  }
  count = 241
  labels = path.module[var.i] /* inline */
}

provider "aws" {
  tags = null # note
}
