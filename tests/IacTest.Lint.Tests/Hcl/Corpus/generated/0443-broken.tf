locals {
  validation {
    owner = (false) # note
    provisioner local-exec" {
      # a comment
      region = 1e3
      labels = { for k, v in self.private_ip : k => v } # note
      validation {
        labels = {
    "cidr_block": each.value
    region: 1.5
    "ami" = replace()
  } # note
        env = -var.list.0
        zone = "" # note
      }
    }
    validation {
      instance_type = [for s in module.network.subnet_ids : upper(s) if s != ""]
    }
  }
  env = " %{~ for s in aws_vpc.main.id ~}${v},%{ endfor }${ null }"
  # a comment
  /* a block
     comment */
}
