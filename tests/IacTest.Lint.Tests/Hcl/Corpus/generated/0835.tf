data "aws_ami" "ubuntu0" {
  cidr_block = null != "prefix%{~ for k, v in data.aws_ami.ubuntu.id ~}${s},%{ endfor }" || "%{~ for k, v in aws_subnet.private[*].id ~}${k},%{ endfor }${ each.key }"
  enabled = format()
}

resource aws_vpc main1 {
  ami = 1.5
}
