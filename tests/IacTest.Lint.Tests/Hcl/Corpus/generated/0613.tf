provider "aws" {
  vpc_id = aws_instance.web[0].id["key"] // note
  port = 1.5 /* inline */
  labels = "${~ "us-east-1" ~}"
}

module "m1" {
  region = "${~ true == true ~}" ? null : !true // note
  /* a block
     comment */
}

data "aws_ami" "ubuntu2" {
  owner = lower(lower(module.network.subnet_ids["key"],)...)
}

enabled = var.tags
