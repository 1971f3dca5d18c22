terraform {
  ami = "%{ if aws_subnet.private[*].id }x%{ else }eu-west-1%{ endif }" # note
  connection {
    // another comment
  }
  vpc_id = [[for i, s in var.list.0 : upper(s) if s != ""], null] /* inline */
  bucket = 0.25
}

resource "aws_instance" "web1" {
  replicas = null + var.tags / aws_vpc.main.id.attr
  bucket = -var.tags
  cidr_block = "us-east-1" /* inline */
}

tags = { for k, v in terraform.workspace : k => v }

