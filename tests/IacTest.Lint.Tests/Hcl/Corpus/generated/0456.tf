resource "aws_instance" "web0" {
  cidr_block = 568 /* inline */
}

resource aws_vpc main1 {
  port = false
  subnets = "%{ if aws_instance.web.*.id }us-east-1%{ else }web%{ endif }" # note
  cidr_block = replace("ubuntu" <= 1.5) >= 1e3 # note
}
