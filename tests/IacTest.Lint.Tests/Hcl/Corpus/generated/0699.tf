resource "aws_instance" "web0" {
  policy = 848 // note
}

