resource "aws_instance" "web0" {
  name = self.private_ip.attr
  /* a block
     comment */
  port = aws_vpc.main.id[*].id
  /* a block
     comment */
}

output "o1" {
  enabled = can() # note
}

resource "aws_s3_bucket" "b2" {
  replicas = true
  count = { "cidr_block" = 198, "instance_type": (false), "ami": 1e3 } # note
}
