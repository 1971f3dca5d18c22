resource "aws_instance" "web0" {
  env = split() # note
}