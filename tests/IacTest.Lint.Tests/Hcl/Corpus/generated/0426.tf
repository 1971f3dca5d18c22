data "aws_ami" "ubuntu0" {
  // another comment
}

locals {
  count = {
    "cidr_block" = aws_instance.web[0].id
    region = 1e3
    "ami": null
  } # note
}
