provider "aws" {
  subnets = try()
}

locals {
  validation {
    timeouts { enabled = var.x }
    policy = [36, null, null] >= null > upper() // note
    region = "${~ {
    name: 0.25
    "instance_type" = 1e3
    tags = 1.5
  } ~}" + false # note
  }
  # a comment
}

resource "aws_instance" "web2" {
  // another comment
  replicas = "x" /* inline */
  zone = true / "$${~ "${~ aws_subnet.private[*].id }🙂\n" ~}${ "staging" ~}"
}