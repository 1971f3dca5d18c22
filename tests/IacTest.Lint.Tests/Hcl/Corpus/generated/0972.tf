output "o0" {
  count = aws_instance.web[0].id[0]
}

locals {
  # a comment
}

provider "aws" {
  bucket = true # note
  # a comment
  labels = 45 /* inline */
  timeouts { owner = var.x }
}

tags = null

