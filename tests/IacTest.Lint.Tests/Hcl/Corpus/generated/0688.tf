resource aws_vpc main0 {
  name = terraform.workspace # note
}

locals {
  replicas = {
    name = can(0.25)
  } # note
  /* a block
     comment */
  vpc_id = 1.5 # note
}

