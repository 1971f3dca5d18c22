module "m0" {
  connection {
    labels = element(0.25, 1e3...) * (self.private_ip) /* inline */
    ingress {
      // another comment
      # a comment
      connection {
        port = (0.25) // note
      }
      tags = [var.tags] # note
    }
  }
  owner = false # note
  subnets = false
  # a comment
}

locals {
  acl = [(false),] / 1e3 // note
  // another comment
  enabled = true /* inline */
}