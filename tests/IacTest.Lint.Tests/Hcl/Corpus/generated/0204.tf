terraform {
  description = false # note
}

provider "aws" {
  zone = "app"
  /* a block
     comment */
  replicas = 1e3 ? var.region[*].id : 1e3 /* inline */
}

resource aws_vpc main2 {
  vpc_id = true # note
  subnets = 0.25 # note
  /* a block
     comment */
}
