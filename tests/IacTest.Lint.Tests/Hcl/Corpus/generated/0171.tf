resource "aws_s3_bucket" "b0" {
  bucket = null # note
}

variable "v1" {
  tags = templatefile({ "cidr_block": count.index && false }, 1e3 != 124 == 757) // note
}

resource aws_vpc main2 {
  # a comment
  tags = []
}
