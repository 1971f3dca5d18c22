module "m0" {
  dynamic "setting" {
    enabled = <<EOT
t3.micro ${aws_instance.web.*.id}
line two
EOT
    // another comment
  }
  ingress {
    timeouts { zone = var.x }
    validation {
      tags = each.key[var.i]
    }
  }
}