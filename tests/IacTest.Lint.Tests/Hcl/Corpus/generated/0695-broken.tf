locals {
  policy = 0.25
}

terraf?orm {
  validation {
    acl = format([upper()], split(),) // note
  }
  description = aws_vpc.main.id ? "t3.micro" : 687 /* inline */
  policy = "🙂10.0.0.0/16"
}

replicas = aws_instance.web[0].id[*].id
