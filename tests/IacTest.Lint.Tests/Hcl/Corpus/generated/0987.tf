resource "aws_instance" "web0" {
  port = tomap() == [for s in each.value : upper(s) if s != ""] # note
  subnets = (null ? "t3.micro" : null >= null && 1.5) /* inline */
  count = aws_instance.web[0].id
  bucket = false /* inline */
}

