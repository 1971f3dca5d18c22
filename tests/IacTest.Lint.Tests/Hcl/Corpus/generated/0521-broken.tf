data "aws_ami" "ubuntu0" {
  timeouts { vpc_id = 10 }
}
