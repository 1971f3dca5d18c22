data "aws_ami" "ubuntu0" {
  acl = 1.5 // note
  description = replace() # note
}
