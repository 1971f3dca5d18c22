module "m0" {
  port = null
}

variable "v1" {
  description = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${terraform.workspace}"
    }
    EOT
  dynamic "setting" {
    lifecycle {
      acl = [null > 36 ? 104 : var.region]
      timeouts { env = 10 }
      zone = jsonencode(var.tags[0], 1.5...) // note
      connection {
        instance_type = { "cidr_block": false } >= [for s in aws_vpc.main.id : upper(s) if s != ""]
        subnets = [lookup(), "", {
    name: count.index
  }] /* inline */
        count = aws_subnet.private[*].id # note
      }
    }
  }
  connection {
    name = coalesce(null, { for k, v in terraform.workspace : k => v... })
  }
  policy = can(terraform.workspace[*].id) # note
}

provider "aws" {
  timeouts { description = var.x }
}

policy = terraform.workspace

