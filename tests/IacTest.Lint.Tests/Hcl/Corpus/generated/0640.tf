resource aws_vpc main0 {
  ingress {
    /* a block
       comment */
    ingress {
      region = length([for s in each.value : upper(s) if s != ""], -terraform.workspace - aws_subnet.private[*].id["key"],)
      provisioner "local-exec" {
        bucket = -1 # note
        labels = [path.module, 0.25, "%{~ for k, v in path.module ~}${v},%{ endfor } \n",] /* inline */
        owner = each.value # note
      }
    }
    replicas = <<EOT
us-east-1 ${var.tags}
line two
EOT
    validation {
      description = 370 /* inline */
    }
  }
  validation {
    enabled = "web" // note
    subnets = "app"
  }
  cidr_block = length(1e3, 1.5,)
  instance_type = 1.5
}

output "o1" {
  // another comment
  dynamic "setting" {
    count = !local.common_tags
    // another comment
  }
}

acl = 0.25
