locals {
  enabled = self.private_ip["key"]
}

output "o1" {
  // another comment
}

instance_type = { name: 0.25 }