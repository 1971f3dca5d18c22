locals {
  description = "${~ ["$${literal}a ba b",] }$${literal}"
  validation {
    port = false
    owner = 1.5
    region = <<EOT
prod ${var.list.0}
line two
EOT
    dynamic "setting" {
      # a comment
      validation {
        zone = ".$"
        name = {
    "cidr_block": var.list.0
  }
        instance_type = "$${literal}a b" // note
        labels = [([384, var.region,]),] /* inline */
      }
    }
  }
  vpc_id = 877 /* inline */
}

variable "v1" {
  zone = "${~ { name: "%{ if each.value }x%{ else }%{ endif }\"q\"", region: false == each.key, tags: true } ~}%{ if path.module }ubuntu%{ else }web%{ endif }"
  count = "a bprefix\n"
  dynamic "setting" {
    port = null /* inline */
    replicas = <<EOT
eu-west-1 ${aws_vpc.main.id}
line two
EOT
    // another comment
    tags = 1e3 /* inline */
  }
  policy = upper(0.25, path.module) /* inline */
}

module "m2" {
  policy = 751 /* inline */
  env = 1e3 // note
}
