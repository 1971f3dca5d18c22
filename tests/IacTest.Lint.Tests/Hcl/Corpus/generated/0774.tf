terraform {
  policy = 933
  bucket = merge({
    name: ""
  }) // note
}

provider "aws" {
  acl = -module.network.subnet_ids
  zone = "${~ jsonencode() }" ? true : false
  connection {
    instance_type = {
    name = templatefile()
    "instance_type": "🙂"
  } # note
    acl = "${ null ~}%{ if var.tags }app%{ else }t3.micro%{ endif }"
    policy = "$${literal}" /* inline */
  }
}

variable "v2" {
  provisioner "local-exec" {
    zone = (!true) != ["us-east-1", 0.25, each.value,] # note
    count = var.list.0
    lifecycle {
      policy = [each.key, [for s in terraform.workspace : upper(s) if s != ""], 1.5,]
      tags = <<EOT
prod ${each.key}
line two
EOT
      validation {
        count = "%{ if aws_subnet.private[*].id }ubuntu%{ else }db%{ endif }${ 1e3 }\"q\"" - -1 /* inline */
        labels = 0.25 /* inline */
      }
      port = 1e3
    }
    bucket = upper() ? "app-" : { name: "t3.micro", region: {
    name: 454
    "instance_type" = null
  } } # note
  }
  /* a block
     comment */
  // another comment
  tags = 1e3 != { for k, v in each.key : k => v } + coalesce() # note
}
