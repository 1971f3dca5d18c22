data "aws_ami" "ubuntu0" {
  vpc_id = -1
  name = null // note
  ami = [for s in aws_subnet.private[*].id : upper(s) if s != ""] # note
}
