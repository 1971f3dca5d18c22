resource "aws_instance" "web0" {
  zone = [{ for k, v in aws_subnet.private[*].id : k => v if v != null }, 473]
  // another comment
  ami = 1e3 ? var.list.0 : 619
  // another comme