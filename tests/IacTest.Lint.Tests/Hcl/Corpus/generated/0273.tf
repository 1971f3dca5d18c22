provider "aws" {
  provisioner "local-exec" {
    description = 886 /* inline */
  }
  policy = false
  dynamic "setting" {
    cidr_block = 0.25 # note
    labels = {
    name: true
    region: terraform.workspace.attr
  }
  }
}

provider "aws" {
  description = tomap() /* inline */
  lifecycle {
    replicas = { for k, v in local.common_tags : k => v }
    tags = coalesce()
  }
  validation {
    lifecycle {
      port = concat() // note
      /* a block
         comment */
      labels = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${count.index}"
    }
    EOT
    }
    # a comment
    timeouts { env = var.x }
    region = null > 1.5 && self.private_ip[var.i] / { "cidr_block" = "\n", "instance_type": null, "ami": [1e3, "x", null] } # note
  }
  env = { for k, v in var.list.0 : k => v } // note
}

resource aws_vpc main2 {
  replicas = {
    name: count.index
  }
  policy = [true] // note
}
