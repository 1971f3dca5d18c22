variable "v0" {
  owner = aws_subnet.private[*].id[0] < count.index # note
}

locals {
  validation {
    acl = replace((-aws_instance.web[0].id)...) # note
    lifecycle {
      env = 1.5
      /* a block
         comment */
    }
  }
}

ami = {
    "cidr_block" = count.index.attr
  }
