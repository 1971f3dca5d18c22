resource aws_vpc main0 {
  labels = aws_instance.web[0].id /* inline */
  timeouts { instance_type = "5m" }
  # a comment
  zone = tomap([for s in aws_subnet.private[*].id : upper(s) if s != ""], 837) // note
}

output "o1" {
  ami = -2.5 /* inline */
  region = (0.25 * "web") % upper({
    name: false
    "instance_type": true
    tags = 0.25
  }) # note
  instance_type = "%{ if aws_instance.web[0].id }eu-west-1%{ else }us-east-1%{ endif }" /* inline */
}

resource "aws_s3_bucket" "b2" {
  /* a block
     comment */
  tags = 0.25 // note
}
