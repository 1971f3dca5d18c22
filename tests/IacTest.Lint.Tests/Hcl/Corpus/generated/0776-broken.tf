data "aws_ami" "ubuntu0" {
  regi