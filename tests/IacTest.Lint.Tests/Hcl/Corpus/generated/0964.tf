resource "aws_s3_bucket" "b0" {
  // another comment
}

resource aws_vpc main1 {
  zone = 1.5 // note
}

terraform {
  description = "$%%{x}" // note
}
