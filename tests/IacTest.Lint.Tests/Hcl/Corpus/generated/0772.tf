resource "aws_instance" "web0" {
  instance_type = ("${~ 443 }${ 68 % "" }%")
  env = "db" // note
  cidr_block = {
    "cidr_block": "${ each.key }${ 223 }" ? { for k, v in data.aws_ami.ubuntu.id : k => v... } : 0.25
    region = 919 - false - ""
  }
}