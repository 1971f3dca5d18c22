resource aws_vpc main0 {
  ingress {
    env = { name = [for i, s in data.aws_ami.ubuntu.id : upper(s)] % { name = true, region = 1e3 }, region = aws_subnet.private[*].id + 1.5 } /* inline */
    zone = 1.5 /* inline */
  }
  ingress {
    timeouts { port = "5m" }
  }
  bucket = 0.25 /* inline */
  labels = try(cidrsubnet()) # note
}

