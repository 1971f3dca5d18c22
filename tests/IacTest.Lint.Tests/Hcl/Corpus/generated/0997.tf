resource "aws_instance" "web0" {
  /* a block
     comment */
  acl = var.list.0[var.i]
}

cidr_block = [[null, [false], "${ false ~}",], [!true, { name: null, region = 1.5 }, "us-east-1",]]
