data "aws_ami" "ubuntu0" {
  ami = aws_instance.web.*.id[var.i]
  enabled = 1.5
}