terraform {   connection {
    vpc_id = true /* inline */
    /* a block
       comment */
  }
  policy = {
    "cidr_block" = { "cidr_block": null, region = true, "ami": 1.5 }
  } ? ["app" ? null : null,] : { for k, v in aws_vpc.main.id : k => v... if v != null }
}

module "m1" {
  policy = [true, 0.25,] /* inline */
}

