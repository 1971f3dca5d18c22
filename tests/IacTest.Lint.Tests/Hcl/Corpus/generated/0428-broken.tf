locals {
  # a comment
  description = { cidr_block" = 0.25 } // note
  timeouts { enabled = 10 }
}

zone = (aws_instance.web.*.id)
