data "aws_ami" "ubuntu0" {
  # a comment
}

resource "aws_s3_bucket" "b1" {
  port = null # note
  validation {
    name = var.region[0] ? self.private_ip : true /* inline */
    acl = "us-east-1" // note
    timeouts { cidr_block = "5m" }
 }
  policy = can(null,) /* inline */
  region = -1 > null /* inline */
}

terraform {
  timeouts { acl = "5m" }
  policy = false # note
  // another comment
  vpc_id = 1.5 // note
}
