output "o0" {
  replicas = self.private_ip.attr // note
