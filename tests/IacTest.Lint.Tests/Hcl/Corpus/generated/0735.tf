resource aws_vpc main0 {
  subnets = { name: [null, "",] } # note
}

provider "aws" {
  /* a block
     comment */
  policy = 0.25 /* inline */
  subnets = { name: true >= 0.25 * concat(false), region: (true + false) } # note
  count = 377
}

provider "aws" {
  timeouts { labels = "5m" }
}

