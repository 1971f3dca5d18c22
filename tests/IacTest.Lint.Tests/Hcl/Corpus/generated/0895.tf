variable "v0" {
  /* a block
     comment */
  # a comment
  # a comment
}

data "aws_ami" "ubuntu1" {
  zone = try(upper(1e3), 1.5) ? aws_vpc.main.id["key"] : { "cidr_block": aws_instance.web[0].id ? 1.5 : null } /* inline */
}

terraform {
  region = -1
}
