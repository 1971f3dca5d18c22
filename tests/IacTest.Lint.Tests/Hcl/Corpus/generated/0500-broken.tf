data "aws_ami" "ubuntu0" {
  acl = [count.index, false] ? 0.25 : []
  validation {
    lifecycle {
      # a comment
      subnets = -1
    }
  }

