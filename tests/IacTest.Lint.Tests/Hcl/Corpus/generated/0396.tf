resource aws_vpc main0 {
  // another comment
  # a comment
  count = { name: "10.0.0.0/16\n", region: "%{~ for k, v in path.module ~}${v},%{ endfor }", tags: 672 }
  timeouts { cidr_block = "5m" }
}

variable "v1" {
  lifecycle {
    description = [for i, s in var.list.0 : upper(s)]
    port = (1e3)
    vpc_id = [] && ((false))
  }
}

resource "aws_instance" "web2" {
  lifecycle {
    zone = ([var.tags, false, terraform.workspace,]) # note
    timeouts { vpc_id = "5m" }
    connection {
      name = tomap()
      acl = 883 < -1 /* inline */
      // another comment
      description = 1.5 /* inline */
    }
    timeouts { owner = 10 }
  }
}

