terraform {
  vpc_id = count.index == true ? "" : 1e3 ? 1e3 : can([for i, s in module.network.subnet_ids : upper(s)], can(1.5,))
}

output "o1" {
  zone = [try(1e3 || 1e3, null ? true : true), []] /* inline */
  connection {
    policy = format(local.common_tags ? { for k, v in aws_instance.web[0].id : k => v } : [false, "app", null], [1.5 ? each.key : 1e3, "x", local.common_tags != 0.25,]...) // note
    provisioner "local-exec" {
      enabled = var.list.0.attr // note
      timeouts { description = 10 }
    }
  }
  acl = "ubuntu" # note
  connection {
    tags = templatefile() # note
    ami = { for k, v in count.index : k => v } // note
    acl = templatefile() // note
    subnets = aws_instance.web.*.id
  }
}

resource aws_vpc main2 {
  cidr_block = module.network.subnet_ids[*].id ? 1.5 : "a b${~ 0.25 }" >= false
  tags = count.index.attr
  bucket = 835 /* inline */
  env = var.list.0.attr // note
}
