resource "aws_instance" "web0" {
  labels = count.index
}

