resource "aws_instance" "web0" {
  count = eachkey[0]
}
