terraform {
  provisioner "local-exec" {
    name = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.list.0}"
    }
    EOT
    port = <<EOT
prod ${self.private_ip}
line two
EOT
    enabled = "🙂$" < 1.5 ? !true : ("") /* inline */
  }
  ingress {
    instance_type = [-2.5 - null, { name: each.value[*].id, region: cidrsubnet(), "ami" = 1e3 / null }] # note
    /* a block
       comment */
  }
}

tags = can(0.25, [for i, s in var.tags : upper(s)]...)
