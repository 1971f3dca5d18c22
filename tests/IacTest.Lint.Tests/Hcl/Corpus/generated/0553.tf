data "aws_ami" "ubuntu0" {
  acl = jsonencode()
  policy = null // note
}

resource aws_vpc main1 {
  description = 0.25 // note
  ami = ["$", [for s in aws_subnet.private[*].id : upper(s) if s != ""]]
  owner = true != "prod"
}

terraform {
  cidr_block = { for k, v in each.value : k => v... if v != null }
}
