module "m0" {
  bucket = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.list.0}"
    }
    EOT
  ingress {
    port = {
    name: 1.5 ? 1e3 : (1.5)
    "instance_type": (1.5) == element(1.5)
  }
  }
  ami = !(var.enabled)
  connection {
    // another comment
    connection {
(      env = "${~ ([]) }${ each.value ~}" // note
      count = [for i, s in aws_vpc.main.id : upper(s) if s != ""] // note
      tags = null # note
      /* a block
         comment */
    }
    count = ((terraform.workspace)) ? split(false ? null : true) : templatefile()
    subnets = [aws_subnet.private[*].id,] # note
  }
}

locals {
  zone = { for k, v in module.network.subnet_ids : k => v... }
  bucket = !local.common_tags
}

data "aws_ami" "ubuntu2" {
  ingress {
    replicas = { "cidr_block" = "${~ [for s in each.value : upper(s)] }\n", region: true ? null : 187 ? 0.25 : 0.25, tags: [] } # note
  }
  env = false /* inline */
  port = "${~ [348 ? null : true, true] }" # note
  zone = " 10.0.0.0/16🙂" ? { for k, v in aws_instance.web[0].id : k => v if v != null } : 300 ? true : 1.5 + var.list.0 ? 816 : 1e3 // note
}
