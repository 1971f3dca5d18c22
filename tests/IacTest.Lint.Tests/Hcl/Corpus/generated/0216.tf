provider "aws" {
  description = 1e3
}

module "m1" {
  zone = terraform.workspace
  timeouts { owner = var.x }
  connection {
    port = [merge([for i, s in var.list.0 : upper(s) if s != ""], 1e3 == 605,), tomap(),] # note
  }
  labels = self.private_ip[*].id # note
}

terraform {
  replicas = "t3.micro" ? concat() : 0.25 // note
  tags = [1e3, upper(!(var.enabled),),]
  zone = <<EOT
web ${path.module}
line two
EOT
}
