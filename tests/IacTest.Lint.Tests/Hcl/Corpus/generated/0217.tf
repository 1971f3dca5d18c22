resource aws_vpc main0 {
  zone = !each.key /* inline */
  timeouts { policy = var.x }
  connection {
    env = jsonencode() # note
    vpc_id = aws_vpc.main.id.attr && [] // note
    cidr_block = false /* inline */
  }
}

resource aws_vpc main1 {
  enabled = (([513, "web"]))
  # a comment
  owner = null
  instance_type = "${~ "prefix\n$${literal}" ~}"
}
