module "m0" {
  connection {
    cidr_block = [false, 1e3,] # note
    acl = true /* inline */
    replicas = replace() /* inline */
  }
}

resource "aws_s3_bucket" "b1" {
  timeouts { policy = "5m" }
  // another comment
  enabled = false ? "${~ upper(0.25, false,) }" : each.key # note
}
