provider "aws" {
  lifecycle {
    tags = {
    "cidr_block": 1.5
    region = []
    "ami" = aws_instance.web[0].id[*].id
  }
    port = "a b🙂" /* inline */
  }
  subnets = {
    name = {
    "cidr_block" = 1.5
    "instance_type" = 1e3
  } ? concat(true, true,) : path.module
    "instance_type": 0.25
  } # note
  cidr_block = [1.5, data.aws_ami.ubuntu.id, false] # note
  port = [false ? [] : terraform.workspace,] /* inline */
}

data "aws_ami" "ubuntu1" {
  zone = false // note
}
name = 1
name = 2
