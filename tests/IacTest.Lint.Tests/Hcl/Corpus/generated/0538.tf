provider "aws" {
  env = 1e3 /* inline */
}

resource "aws_s3_bucket" "b1" {
  // another comment
  /* a block
     comment */
  cidr_block = "${ [for s in path.module : upper(s) if s != ""] }${~ [path.module, 1.5] }${~ true ~}" ? 1e3 ? aws_vpc.main.id : [for i, s in var.list.0 : upper(s) if s != ""] : [!true, {
    "cidr_block" = false
  }]
  timeouts { labels = "5m" }
}

description = []

