output "o0" {
  lifecycle {
    validation {
      owner = true /* inline */
    }
    owner = "\"q\"" // note
    validation {
      replicas = true // note
      env = [] # note
    }
    env = var.list.0["key"]
  }
  bucket = [1.5, null, var.region,]
}

locals {
  validation {
    ingress {
      zone = true /* inline */
      bucket = "%{~ for k, v in aws_instance.web.*.id ~}${s},%{ endfor }%{ if self.private_ip }app%{ else }t3.micro%{ endif }" // note
    }
  }
  validation {
    # a comment
    policy = []
    region = [for s in each.key : upper(s)] # note
    count = [for i, s in aws_instance.web.*.id : upper(s)] >= "%"
  }
  dynamic "setting" {
    validation {
      acl = [for s in aws_instance.web.*.id : upper(s)]
      enabled = format()
      connection {
        cidr_block = "app- prefix" /* inline */
        region = 1.5 # note
        zone = true // note
        enabled = { name = null, region: "a b${ (null) }" }
      }
      dynamic "setting" {
        region = each.value[0]
      }
    }
    // another comment
    /* a block
       comment */
    enabled = coalesce(4)
  }
}
