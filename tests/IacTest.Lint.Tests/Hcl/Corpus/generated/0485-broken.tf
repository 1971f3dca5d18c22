variable "v0" {
  cidr_block = {
    name: { for k, v in terraform.workspace : k => v }
    "instance_type" = 1.5
  }
  connection {
    acl = "$" # note
  }
  replicas = "%{ if terraform.workspace }x%{ else }app%{ endif } $" // note

