locals {
  greeting = "Hello ${var.name"
  script   = <<-EOT
    #!/bin/sh
    echo "%{ if var.debug }debug%{ endif"
  EOT
}
