locals {
  validation {
    /* a block
       comment */
    ingress {
      labels = ("%%{x}")
      ingress {
        replicas = [for i, s in aws_subnet.private[*].id : upper(s) if s != ""] / 1e3
        vpc_id = "a b" // note
        region = <<EOT
web ${each.key}
line two
EOT
      }
      env = lower(path.module...) && []
    }
  }
}

tags = format("$%{ if terraform.workspace }p