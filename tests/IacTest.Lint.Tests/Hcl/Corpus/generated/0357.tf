terraform {
  /* a block
     comment */
  // another comment
}

resource aws_vpc main1 {
  validation {
    timeouts { vpc_id = "5m" }
  }
  vpc_id = { for k, v in aws_vpc.main.id : k => v } >= -1 ? jsonencode(null, 1e3,) : !aws_instance.web[0].id /* inline */
  // another comment
}
