locals {
  // another comment
  dynamic "setting" {
    ingress {
      tags = { for k, v in var.tags : k => v if v != null } /* inline */
      owner = null ? {
    "cidr_block": var.region - 598
    "instance_type": null
  } : aws_instance.web[0].id["key"] <= false # note
      dynamic "setting" {
        replicas = 1e3
      }
      description = "${~ 439 ? toset(false, 819,) : 0.25 ~}%{ if local.common_tags }db%{ else }t3.micro%{ endif }$${literal}" // note
    }
    instance_type = -count.index * "é\n" /* inline */
    port = <<EOT
 ${self.private_ip}
line two
EOT
    region = !(var.enabled) ? false : templatefile(1.5, false) % [false, 957, 0.25]
  }
}

variable "v1" {
  env = "\u00e9${ "\napp-%{ if count.index }x%{ else }prod%{ endif }" <= false ~}${~ "ubuntu" ~}" # note
  instance_type = 455 // note
}
