locals {
  policy = false != 803 + null /* inline */
  # a comment
}

locals {
  ingress {
    vpc_id = 391
    # a comment
    port = var.tags["key"]
  }
}

replicas = "a b%{ if aws_subnet.private[*].id }eu-west-1%{ else }t3.micro%{ endif }" > { "cidr_block" = aws_vpc.main.id }
