variable "v0" {
  port = module.network.subnet_ids[var.i] + aws_instance.web.*.id["key"] # note
  /* a block
     comment */
}

resource aws_vpc main1 {
  owner = true /* inline */
  // another comment
  labels = {
    name = "t3.micro"
  }
  dynamic "setting" {
    description = lookup() // note
  }
}
