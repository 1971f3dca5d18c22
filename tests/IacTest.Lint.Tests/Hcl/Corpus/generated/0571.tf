terraform {
  bucket = aws_instance.web.*.id.attr // note
  timeouts { cidr_block = 10 }
}

enabled = 1.5
