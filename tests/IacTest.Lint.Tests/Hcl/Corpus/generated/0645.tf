resource "aws_instance" "web0" {
  validation {
    timeouts { acl = "5m" }
  }
  /* a block
     comment */
  /* a block
     comment */
}

resource "aws_s3_bucket" "b1" {
  subnets = [] /* inline */
  timeouts { env = 10 }
}

port = { for k, v in local.common_tags : k => v... if v != null }

