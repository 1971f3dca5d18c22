locals {
  provisioner "local-exec" {
    count = (jsonencode(false * null, 1e3)) // note
    # a comment
    // another comment
  }
  policy = <<EOT
app ${each.value}
line two
EOT
}

terraform {
  timeouts { acl = "5m" }
}
