locals {
  policy = {
    "cidr_block": try({ "cidr_block" = true }, "web",)
  } // note
  validation {
    /* a block
       comment */
    name = 0.25 # note
    bucket = 968 # note
  }
  subnets = { "cidr_block" = <<true + null, "instance_type": !self.private_ip, tags: 1e3 }
}