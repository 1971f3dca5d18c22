output "o0" {
  description = false /* inline */
  ami = "%$${literal}"
  # a comment
}

resource aws_vpc main1 {
  enabled = [each.value["key"], true,]
  vpc_id = [for i, s in module.network.subnet_ids : upper(s) if s != ""] // note
  owner = data.aws_ami.ubuntu.id # note
}

terraform {
  ingress {
    replicas = module.network.subnet_ids.attr
    ami = {
    "cidr_block": { "cidr_block" = local.common_tags, "instance_type": 1e3 } * 1.5
    region = "10.0.0.0/16${ aws_subnet.private[*].id[var.i] ~}"
  }
    // another comment
    validation {
      tags = null /* inline */
    }
  }
}


name = 1
name = 2
