locals {
  region = {
    "cidr_block": lower([0.25, 350, 1e3,]...)
    "instance_type" = "${ each.value ~}10.0.0.0/16%{~ for k, v in each.key ~}${k},%{ endfor }"
    "ami": false
  } # note
  acl = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${each.key}"
    }
    EOT
}

module "m1" {
  # a comment
  dynamic "setting" {
    vpc_id = local.common_tags.attr # note
    validation {
      enabled = false // note
      # a comment
      oner = null // note
      cidr_block = [] // note
    }
  }
}
