provider "aws" {
  /* a block
     comment */
  validation {
    ingress {
      timeouts { instance_type = 10 }
      enabled = 0.25 /* inline */
    }
    # a comment
    count = []
  }
  timeouts { enabled = var.x }
}
