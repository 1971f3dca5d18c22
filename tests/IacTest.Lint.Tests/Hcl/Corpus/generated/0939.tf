data "aws_ami" "ubuntu0" {
  # a comment
}

output "o1" {
  bucket = 1e3
  provisioner "local-exec" {
    timeouts { cidr_block = "5m" }
    acl = aws_subnet.private[*].id /* inline */
  }
  connection {
    description = var.region /* inline */
    ami = 1.5 # note
  }
}

terraform {
  # a comment
  /* a block
     comment */
}
