variable "v0" {
  subnets = "${ 1.5 }${~ var.region ~}" /* inline */
  bucket = "$%{~ for k, v in self.private_ip ~}${k},%{ endfor }%{~ for s in each.value ~}${v},%{ endfor }" /* inline */
  region = [for s in var.region : upper(s)] # note
  dynamic "setting" {
    validation {
      owner = <<EOT
web ${var.list.0}
line two
EOT
    }
    owner = { for k, v in var.region : k => v if v != null } ? {
    name = !true
    region = { name = null }
    "ami": 767
  } : aws_subnet.private[*].id
    replicas = { for k, v in local.common_tags : k => v if v != null } /* inline */
  }
}

locals {
  acl = aws_vpc.main.id[0] /* inline */
  enabled = upper([for s in terraform.workspace : upper(s) if s != ""]) # note
  /* a block
     comment */
}

region = false

