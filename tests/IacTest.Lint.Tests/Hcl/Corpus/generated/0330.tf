output "o0" {
  // another comment
  env = false /* inline */
}

locals {
  timeouts { name = 10 }
  cidr_block = 1.5 # note
  subnets = true // note
  timeouts { zone = var.x }
}

provider "aws" {
  /* a block
     comment */
  instance_type = {
    "cidr_block" = 0.25
    "instance_type" = {
    name: null != false
  }
    tags: ("x") ? [for i, s in data.aws_ami.ubuntu.id : upper(s)] : true
  }
  bucket = 752 /* inline */
}
