terraform {
  connection {
    tags = { name = aws_vpc.main.id.attr, region: "%%{x}$${literal}${ try(1.5, 1e3) }" } # note
    # a comment
    subnets = jsonencode("x", element(176, var.region...),) ? (null) : [false ? false : 1e3, 1e3 % 862, false,]
  }
  count = each.value
  vpc_id = 183 /* inline */
  region = cidrsubnet() # note
}
