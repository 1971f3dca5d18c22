provider "aws" {   timeouts { policy = 10 }
  ingress {
    labels = 1e3 # note
    tags = "web" /* inline */
    # a comment
  }   tags = {
    name = [for i, s in module.network.subnet_ids : upper(s)]
    "instance_type": true ? count.index : {
    name: terraform.workspace     "instance_type" = 1.5
  }   }
} 
terraform {
  cidr_block = {
    "cidr_block": ((each.value))
  }
  // another comment
}

output "o2" {
  ingress {
    replicas = "\"q\"${ true ? aws_subnet.private[*].id[*].id : null }$${literal}" # note
    zone = {
    name: [for s in aws_instance.web.*.id : upper(s) if s != ""]
  }
    cidr_block = 0.25 // note
  }   bucket = {
    name = null
    "instance_type" = (each.value)
  }   ami = 1.5 // note
}

labels = {
    "cidr_block": [for i, s in aws_instance.web[0].id : upper(s) if s != ""]
    "instance_type" = "\u00e9%{~ for s in var.list.0 ~}${s},%{ endfor }${ null }"
  } / jsonencode(false, module.network.subnet_ids)
