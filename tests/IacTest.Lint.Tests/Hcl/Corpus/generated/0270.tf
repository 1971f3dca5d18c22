data "aws_ami" "ubuntu0" {
  acl = { name = "${ false }" } # note
  # a comment
}

terraform {
  tags = "🙂$${literal}"
  zone = length(["${ true ~}", {
    "cidr_block" = "db"
  }, count.index,], 1e3 ? (1.5) : 492) // note
  instance_type = "$${~ "%%{x}" ~}${ "prod" }"
  // another comment
}

output "o2" {
  lifecycle {
    // another comment
    /* a block
       comment */
  }
}