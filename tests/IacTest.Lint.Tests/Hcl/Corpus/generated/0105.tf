data "aws_ami" "ubuntu0" {
  timeouts { policy = var.x }
  # a comment
  env = true
}
