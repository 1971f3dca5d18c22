provider "aws" {
  count = (1.5)
}

data "aws_ami" "ubuntu1" {
  instance_type = cidrsubnet() # note
  env = (["app", aws_subnet.private[*].id ? 0.25 : 1e3,]) // note
  timeouts { count = 10 }
}

locals {
  count = "${ 0.25 }" // note
  cidr_block = 419
  timeouts { region = var.x }
  subnets = [] /* inline */
}

labels = var.list.0[*].id

