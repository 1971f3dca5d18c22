output "o0" {
  lifecycle {
    # a comment
    tags = ("${ [for i, s in aws_instance.web[0].id : upper(s)] }") // note
    cidr_block = "$${literal}" // note
  }
  // another comment
}

module "m1" {
  timeouts { tags = "5m" }
  instance_type = [] /* inline */
}

module "m2" {
  zone = {
    "cidr_block": { "cidr_block" = "ubuntu" }
  } /* inline */
  timeouts { acl = var.x }
}