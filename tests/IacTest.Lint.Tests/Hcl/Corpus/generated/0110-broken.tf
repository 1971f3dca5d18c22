resource "aws_s3_bucket" "b0" {
  cidr_block = "prod" // note
}

resource "aws_s3_bucket" "b1" {
  bucket = 1e3
  timeouts { instance_type = 10 }
  // another comment
}

variable "v2" {
  #  comment
  vpc_id = 1.5
}
