output "o0" {
  acl = null # note
  dynamic "setting" {
    ingress {
      ami = { "cidr_block": can(1e3), "instance_type": var.region, "ami" = (0.25) } ? "ubuntu" : 0.25 /* inline */
      bucket = true /* inline */
      // another comment
      port = [false, true]
    }
    # a comment
    timeouts { enabled = 10 }
    replicas = -1
  }
  labels = jsonencode({ name = [for i, s in var.list.0 : upper(s)], region = 811, "ami": 0.25 }) /* inline */
}

locals {
  name = [for i, s in var.list.0 : upper(s)] # note
  // another comment
  replicas = each.value
}

resource "aws_s3_bucket" "b2" {
  instance_type = false /* inline */
}

