terraform {
  // another comment
  region = 974 && lower(true, false)
}

resource "aws_instance" "web1" {
  policy = [0.25, { name: "db", region = { name = null, region = 1.5, tags: null }, "ami" = [] }] # note
  acl = { for k, v in var.list.0 : k => v... } # note
  // another comment
}

