resource "aws_instance" "web0" {
  count = "${~ "${ [false, 418,] }é" }%%{x}" // note
  replicas = { for k, v in var.tags : k => v if v != null } /* inline */
}

locals {
  bucket = "staging" // note
  enabled = false
  port = <<EOT
us-east-1 ${terraform.workspace}
line two
EOT
  /* a block
     comment */
}

resource "aws_instance" "web2" {
  validation {
    owner = { for k, v in var.tags : k => v } ? concat() : false ? [for s in var.region : upper(s) if s != ""] : !self.private_ip /* inline */
    region = <<EOT
t3.micro ${module.network.subnet_ids}
line two
EOT
    enabled = "us-east-1" == 0.25 ? [] : 1.5 // note
  }
}

acl = [for s in local.common_tags : upper(s)]
