resource "aws_instance" "web0" {
  labels = "$"
}

resource "aws_instance" "web1" {
  bucket = tomap() // note
  zone = "us-east-1" /* inline */
  subnets = [[for i, s in path.module : upper(s) if s != ""], { "cidr_block": true },] # note
  // another comment
}

locals {
  owner = {
    "cidr_block": [for s in aws_subnet.private[*].id : upper(s)] && 0.25 * 55
    region: []
    "ami" = 537
  } // note
  # a comment
  labels = "%{ if data.aws_ami.ubuntu.id }%{ else }app%{ endif }" /* inline */
}

