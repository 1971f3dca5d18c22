data "aws_ami" "ubuntu0" {
  name = false // note
  /* a block
     comment */
  ami = "${ [] ~}" // note
}

terraform {
  /* a block
     comment */
  env = var.tags[*].id # note
  tags = 0.25
  policy = true
}

resource aws_vpc main2 {
  acl = each.value[0] /* inline */
  connection {
    count = true
    port = [for s in each.key : upper(s) if s != ""]
  }
  connection {
    /* a block
       comment */
    cidr_block = ([]) <= [for i, s in data.aws_ami.ubuntu.id : upper(s)]
    owner = { "cidr_block" = 0.25, region = !true, tags = { for k, v in aws_subnet.private[*].id : k => v } } # note
  }
}