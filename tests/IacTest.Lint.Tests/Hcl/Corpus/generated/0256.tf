data "aws_ami" "ubuntu0" {
  instance_type = aws_instance.web.*.id[*].id # note
  name = "$%{ if count.index }eu-west-1%{ else }staging%{ endif }${~ aws_vpc.main.id ~}"
}
