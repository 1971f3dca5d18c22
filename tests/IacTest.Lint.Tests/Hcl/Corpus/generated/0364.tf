data "aws_ami" "ubuntu0" {
  timeouts { ami = var.x }
  vpc_id = !(var.enabled) // note
}

owner = 0.25
