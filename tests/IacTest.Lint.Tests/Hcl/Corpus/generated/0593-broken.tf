resource "aws_instance" "web0" {
  instance_type = 1e3 // note
  tags = aws_vpc.main.id["key"]
}