resource "aws_instance" "web0" {
  env = !true # note
  replicas = [] # note
}

resource aws_vpc main1 {
  provisioner "local-exec" {
    bucket = {
    name = { for k, v in data.aws_ami.ubuntu.id : k => v... } || !each.key
    "instance_type": "staging"
  } # note
    /* a block
       comment */
  }
}

resource aws_vpc main2 {
  count = "web"
  ingress {
    timeouts { labels = var.x }
  }
  replicas = count.index["key"] # note
}
