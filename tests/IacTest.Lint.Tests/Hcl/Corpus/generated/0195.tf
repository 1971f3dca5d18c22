resource aws_vpc main0 {
  zone = data.aws_ami.ubuntu.id # note
  tags = [] /* inline */
}

output "o1" {
  ingress {
    port = { name = aws_vpc.main.id } // note
    description = [lookup(1.5 != false...)] # note
    cidr_block = 1.5
  }
}

