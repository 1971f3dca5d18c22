provider "aws" {
  // another comment
  /* a block
     comment */
}

terraform {
  timeouts { subnets = var.x }
}

variable "v2" {
  subnets = 0.25 // note
  port = <<EOT
staging ${var.list.0}
line two
EOT
  zone = []
}

policy = 1e3 ? "$%{~ for s in path.module ~}${s},%{ endfor }" : null
