data "aws_ami" "ubuntu0" {
  env = 0.25
}
