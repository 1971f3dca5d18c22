locals {
  zone = null # note
  name = aws_instance.web.*.id # note
  env = 1.5 % aws_instance.web[0].id /* inline */
}

resource aws_vpc main1 {
  connection {
    cidr_block = [for s in path.module : upper(s)] /* inline */
    # a comment
    region = 0.25
  }
  timeouts { labels = 10 }
  name = 1.5 # note
}

description = null
