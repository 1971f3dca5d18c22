data "aws_ami" "ubuntu0" {
  description = format(0.25) # note
}
