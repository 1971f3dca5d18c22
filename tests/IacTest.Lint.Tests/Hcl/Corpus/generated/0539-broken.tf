provider "aws" {
  connection {
    timeouts { tags var.x }
    bucket = var.list.0 # note
  }
}

module "m1" {
  /* a block
     comment */
  /* a block
     comment */
}

vpc_id = module.network.subnet_ids
