terraform {
  policy = "${~ 1.5 }${~ { for k, v in terraform.workspace : k => v } }" /* inline */
  connection {
    tags = true // note
    name = var.list.0 ? false : (1.5 > true)
    ami = 954 // note
  }
  subnets = null
  replicas = "\n%{ if terraform.workspace }staging%{ else }ubuntu%{ endif }%{ if aws_vpc.main.id }app%{ else }db%{ endif }" /* inline */
}

locals {
  description = (false) # note
  timeouts { subnets = var.x }
  // another comment
}