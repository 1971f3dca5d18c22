locals {
  connection {
    provisioner "local-exec" {
      timeouts { policy = var.x }
      tags = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${each.value}"
    }
    EOT
      bucket = 1.5
    }
    labels = (split()) /* inline */
  }
}
