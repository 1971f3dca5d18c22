data "aws_ami" "ubuntu0" {
  connection {
    timeouts { labels = var.x }
  }
  subnets = [for s in terraform.workspace : upper(s) if s != ""] // note
  tags = var.tags > lower(0.25, false) * null /* inline */
  acl = 309
}

locals {
  # a comment
  bucket = { name: var.tags } // note
}

resource aws_vpc main2 {
  bucket = upper() # note
  description = false
  port = !(var.enabled) # note
}
