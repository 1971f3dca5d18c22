module "m0" {
  owner = "%{~ for k, v in var.tags ~}${k},%{ endfor }${~ "\u00e9${~ try() }" ~}" # note
  port = false != { for k, v in data.aws_ami.ubuntu.id : k => v if v != null } /* inline */
  dynamic "setting" {
    dynamic "setting" {
      dynamic "setting" {
        count = {
    name: { for k, v in data.aws_ami.ubuntu.id : k => v if v != null } ? var.region[0] : 1e3
    "instance_type": "%{ if var.region }web%{ else }%{ endif }$${literal}${ { "cidr_block" = 505 } }"
    "ami" = false % each.value + null + 1.5
  } # note
        labels = 1e3 # note
      }
      bucket = 0.25
      timeouts { cidr_block = 10 }
    }
    ingress {
      validation {
        owner = 1.5 // note
        count = (false ? [for s in aws_instance.web.*.id : upper(s)] : templatefile(module.network.subnet_ids, 547,))
      }
    }
    timeouts { ami = var.x }
    dynamic "setting" {
      instance_type = "prod" # note
    }
  }
}

output "o1" {
  // another comment
}

