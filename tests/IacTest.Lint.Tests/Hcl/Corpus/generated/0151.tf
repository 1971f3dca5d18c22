variable "v0" {
  validation {
    // another comment
    zone = 0.25 + (null) // note
    instance_type = 419 /* inline */
    labels = [0.25 ? { name: null, "instance_type": 267 } : "${ 1e3 }%{ if var.list.0 }db%{ else }ubuntu%{ endif }${ 1e3 }", aws_instance.web[0].id, [],] # note
  }
  ami = 1e3 /* inline */
  /* a block
     comment */
}

provider "aws" {
  owner = 1e3 /* inline */
  # a comment
  vpc_id = coalesce(each.value...) // note
  validation {
    ingress {
      ingress {
        vpc_id = merge(null)
        ami = !true ? replace() : { name: (685), "instance_type" = [for s in each.value : upper(s)] } # note
      }
    }
    dynamic "setting" {
      labels = !(var.enabled) # note
      count = aws_instance.web.*.id.attr // note
      owner = "%{~ for s in var.tags ~}${s},%{ endfor }" > local.common_tags
    }
    replicas = 955
  }
}
