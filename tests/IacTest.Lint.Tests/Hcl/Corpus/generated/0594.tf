data "aws_ami" "ubuntu0" {
  ami = true // note
  // another comment
  timeouts { labels = var.x }
}

resource aws_vpc main1 {
  port = (null)
}
