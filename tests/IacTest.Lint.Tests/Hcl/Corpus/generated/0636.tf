locals {
  lifecycle {
    replicas = !true != [for i, s in self.private_ip : upper(s)]
  }
}
