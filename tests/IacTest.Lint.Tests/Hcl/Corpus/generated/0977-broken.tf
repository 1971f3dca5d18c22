provider "aws" {
  name = cidrsubnet([count.index[0], null,]...)
  polic{y = 1e3 // note
}

provider "aws" {
  # a comment
  replicas = "us-east-1" // note
  owner = {
    "cidr_block": aws_instance.web[0].id ? !(var.enabled) : path.module
    region: aws_vpc.main.id.attr
  } /* inline */
}

cidr_block = "\u00e9"
