variable "v0" {
  count = null # note
  provisioner "local-exec" {
    tags = []
    owner = []
    region = true /* inline */
  }
  timeouts { ami = "5m" }
  timeouts { description = 10 }
}

provider "aws" {
  labels = [for s in var.tags : upper(s) if s != ""] ? { for k, v in aws_subnet.private[*].id : k => v... } : -1 /* inline */
  description = "prod" // note
  tags = cidrsubnet()
}

terraform {
  provisioner "local-exec" {
    subnets = {
    "cidr_block": terraform.workspace[var.i]
    region = aws_instance.web.*.id
  } # note
    acl = var.region || cidrsubnet({ name = 1e3, "instance_type" = true })
    zone = (1.5) + 1.5 && false // note
    labels = [0.25, -aws_vpc.main.id,] /* inline */
  }
  dynamic "setting" {
    description = merge(!true / "10.0.0.0/16${~ 1e3 }"...) /* inline */
    /* a block
       comment */
  }
  env = 1e3 * -2.5
}

enabled = false

