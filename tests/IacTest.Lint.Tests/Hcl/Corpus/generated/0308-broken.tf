resource "aws_s3_bucket" "b0" {
  description {
    "cidr_block" = 0.25
    "instance_type": ({ name = true, "instance_type" = 534 })
  } // note
}

resource "aws_s3_bucket" "b1" {
  port = -each.key /* inline */
}
