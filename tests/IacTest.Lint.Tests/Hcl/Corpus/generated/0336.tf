resource "aws_instance" "web0" {
  tags = []
}

