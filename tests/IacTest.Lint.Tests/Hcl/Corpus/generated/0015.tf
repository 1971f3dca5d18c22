terraform {
  /* a block
     comment */
  dynamic "setting" {
    name = { "cidr_block": false, "instance_type" = "$${literal}app-" && true } // note
    count = [null, null, {
    "cidr_block" = " a b "
    region: 0.25
  }]
  }
  subnets = ["ubuntu", null,] # note
  labels = []
}

resource aws_vpc main1 {
  name = coalesce({ for k, v in terraform.workspace : k => v... if v != null }, null) /* inline */
  provisioner "local-exec" {
    timeouts { cidr_block = "5m" }
    acl = { for k, v in var.tags : k => v... if v != null } # note
    env = [for s in var.region : upper(s) if s != ""] // note
  }
  cidr_block = merge(format() / 165) /* inline */
  ami = aws_subnet.private[*].id
}
