data "aws_ami" "ubuntu0" {
  vpc_id = "%{ if aws_instance.web[0].id }app%{ else }ubuntu%{ endif }" /* inline */
  region = 0.25 // note
}