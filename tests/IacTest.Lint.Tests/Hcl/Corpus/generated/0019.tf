data "aws_ami" "ubuntu0" {
  zone = null # note
}

locals {
  # a comment
  /* a block
     comment */
  provisioner "local-exec" {
    replicas = aws_instance.web.*.id[0]
    provisioner "local-exec" {
      timeouts { region = var.x }
      connection {
        replicas = [for i, s in aws_subnet.private[*].id : upper(s)] # note
        count = 375 # note
        description = { "cidr_block" = toset(1e3, 1e3 ? 489 : 1.5), "instance_type": aws_subnet.private[*].id.attr } /* inline */
      }
      env = 261 ? false : null ? false : true > data.aws_ami.ubuntu.id["key"]
      instance_type = { for k, v in each.key : k => v... } # note
    }
    /* a block
       comment */
  }
}

resource aws_vpc main2 {
  policy = local.common_tags[0]
}