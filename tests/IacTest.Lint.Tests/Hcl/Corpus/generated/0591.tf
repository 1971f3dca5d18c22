terraform {
  connection {
    /* a block
       comment */
  }
  dynamic "setting" {
    timeouts { policy = 10 }
    name = [-2.5, coalesce([for i, s in module.network.subnet_ids : upper(s) if s != ""], aws_subnet.private[*].id[0],), format(false,) - null ? false : false] // note
    enabled = { "cidr_block" = false, "instance_type": -1, "ami": lower(replace(aws_subnet.private[*].id)) }
    replicas = {
    "cidr_block" = each.key
    "instance_type": 0.25
  } // note
  }
  // another comment
  region = upper() ? ([1.5]) : {
    "cidr_block" = terraform.workspace
    region = aws_vpc.main.id["key"]
    tags: 1.5
  }
}

policy = true ? [for i, s in count.index : upper(s) if s != ""] : 0.25 != 646
