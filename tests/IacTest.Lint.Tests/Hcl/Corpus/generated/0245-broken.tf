terraform {
  instance_type ("\u00e9a b")
  timeouts { acl = var.x }
  count = <<EOT
x ${var.list.0}
line two
EOT
  provisioner "local-exec" {
    ami = { for k, v in terraform.workspace : k => v } # note
  }
}

variable "v1" {
  timeouts { description = "5m" }
}

output "o2" {
  acl = {
    name = "ubuntu"
  } // note
}