terraform {
  timeouts { policy = 10 }
  port = [for s in data.aws_ami.ubuntu.id : upper(s) if s != ""] /* inline */
}

module "m1" {
  dynamic "setting" {
    // another comment
    connection {
      ingress {
        labels = 1e3 % {
    name = [1e3, 1e3,]
    region = [false,]
  } /* inline */
      }
      region = null > ({ name = 1e3 }) // note
      zone = {
    "cidr_block": lookup() - var.tags["key"]
  }
    }
  }
  description = { "cidr_block" = aws_subnet.private[*].id > var.region["key"], "instance_type": !(var.enabled) }
  region = cidrsubnet("%", { for k, v in aws_instance.web[0].id : k =