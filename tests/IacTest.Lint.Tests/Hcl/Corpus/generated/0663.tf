resource "aws_s3_bucket" "b0" {
  acl = <<EOT
app ${each.value}
line two
EOT
  env = templatefile()
  replicas = { "cidr_block": length() } /* inline */
}

resource aws_vpc main1 {
  bucket = "10.0.0.0/16" # note
  # a comment
  /* a block
     comment */
}

locals {
  port = module.network.subnet_ids // note
  labels = jsonencode()
  ingress {
    owner = replace(element() > [for i, s in var.tags : upper(s)]...)
    ingress {
      dynamic "setting" {
        enabled = <<EOT
staging ${aws_vpc.main.id}
line two
EOT
        subnets = false # note
      }
      replicas = 1.5 // note
    }
    description = 410 // note
  }
}