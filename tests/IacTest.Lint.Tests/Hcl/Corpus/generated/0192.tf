resource aws_vpc main0 {
  labels = { "cidr_block": false } - null
  bucket = 0.25
}

terraform {
  timeouts { vpc_id = 10 }
  count = split(481, "a b"...)
  ingress {
    description = 657 /* inline */
  }
  bucket = concat(lower([1.5, local.common_tags,], { for k, v in var.region : k => v if v != null },),)
}

terraform {
  instance_type = jsonencode(try()...)
  ami = {
    name: "${~ templatefile("eu-west-1") }"
    region = 1.5
  } # note
}

