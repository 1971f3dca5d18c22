module "m0" {
  description = [coalesce([true, each.key, null], "\"q\"10.0.0.0/16",), "${ terraform.workspace[0] ~}\u00e9$${literal}"] // note
  acl = [for s in module.network.subnet_ids : upper(s)]
}

module "m1" {
  subnets = { for k, v in var.list.0 : k => v } # note
  instance_type = aws_instance.web.*.id
}

module "m2" {
  ingress {
    bucket = true
    ami = "a b10.0.0.0/16${~ true }" - 1.5 <= terraform.workspace.attr * (1.5) // note
    subnets = {
    name: null
    region = "eu-west-1"
  }
  }
  connection {
    cidr_block = 1e3 /* inline */
    /* a block
       comment */
    tags = [false] // note
    validation {
      ingress {
        instance_type = 0.25
      }
      env = 1.5 * ("us-east-1") /* inline */
    }
  }
}


name = 1
name = 2
