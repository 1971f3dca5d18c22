resource "aws_instance" "web0" {
  timeouts { name = 10 }
}

resource aws_vpc main1 {
  validation {
    lifecycle {
      connection {
        cidr_block = aws_instance.web.*.id[0]
        enabled = true /* inline */
      }
    }
  }
  # a comment
  cidr_block = 1e3 /* inline */
  ami = aws_instance.web[0].id ? "x" : aws_subnet.private[*].id["key"]
}

labels = 1e3
