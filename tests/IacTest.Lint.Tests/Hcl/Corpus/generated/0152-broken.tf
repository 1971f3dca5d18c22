resource "aws_instance" "web0" {
  // another comment
}

data "aws_ami" "ubu