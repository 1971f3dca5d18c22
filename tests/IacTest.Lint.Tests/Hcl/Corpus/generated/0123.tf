module "m0" {
  port = <<EOT
 ${data.aws_ami.ubuntu.id}
line two
EOT
  dynamic "setting" {
    acl = ("staging" <= true) ? ((1.5)) : local.common_tags[*].id
  }
  policy = 1e3
}

resource aws_vpc main1 {
  vpc_id = [] /* inline */
  ami = each.value.attr
  ingress {
    dynamic "setting" {
      zone = [1e3, path.module] /* inline */
      cidr_block = aws_instance.web.*.id[0] ? 997 : templatefile()
      timeouts { ami = var.x }
      description = [true, can({
    name = "db"
    "instance_type" = true
  }, each.key)] /* inline */
    }
    zone = null /* inline */
    // another comment
    subnets = {
    "cidr_block": true
    region: [for i, s in var.region : upper(s)]
    tags = 0.25
  } /* inline */
  }
  name = [(1.5), 1e3 == 836, 0.25] ? ([]) : true
}
