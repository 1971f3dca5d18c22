variable "v0" {
  ami = 524 /* inline */
}

terraform {
  // another comment
  ami = templatefile(null,)
  dynamic "setting" {
    acl = coalesce(replace(1.5) >= -2.5, [1.5 ? false : true, toset()])
    timeouts { replicas = var.x }
  }
  name = (split([aws_subnet.private[*].