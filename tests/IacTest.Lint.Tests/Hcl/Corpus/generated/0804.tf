provider "aws" {
  dynamic "setting" {
    bucket = [for s in module.network.subnet_ids : upper(s) if s != ""] /* inline */
    /* a block
       comment */
    count = { "cidr_block": can(-2.5,), region: { "cidr_block": "é\n" }, tags = { name: "%", region = (true) } }
    /* a block
       comment */
  }
}

description = true
