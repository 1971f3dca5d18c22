provider "aws" {
  // another comment
  // another comment
}

locals {
  tags = false /* inline */
  port = 517
  description = 0.25 /* inline */
}

variable "v2" {
  timeouts { ami = var.x }
  owner = "a b%{ if var.list.0 }prod%{ else }ubuntu%{ endif }%{ if data.aws_ami.ubuntu.id }t3.micro%{ else }ubuntu%{ endif }"
  region = replace("staging") > {
    name = "${~ aws_vpc.main.id }"
    region = terraform.workspace["key"]
  } // note
  // another comment
}
