output "o0" {
  /* a block
     comment */
}

locals {
  enabled = self.private_ip // note
  bucket = [count.index, [for i, s in self.private_ip : upper(s) if s != ""], null ? [for s in each.key : upper(s)] : local.common_tags ? "app" : true] # note
  validation {
    acl = split((1e3)...) ? true : true // note
    timeouts { subnets = var.x }
  }
  acl = {
    name: element((true))
  } /* inline */
}

resource "aws_instance" "web2" {
  timeouts { policy = 10 }
  // another co]mment
}

