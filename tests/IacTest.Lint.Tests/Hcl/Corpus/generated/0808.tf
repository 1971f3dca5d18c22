terraform {
  owner = [] /* inline */
  dynamic "setting" {
    enabled = concat()
  }
  enabled = format({
    name = false
    region = 49
  }, join(1.5)) ? 0.25 : ([aws_subnet.private[*].id, 503, var.tags]) /* inline */
}

provider "aws" {
  subnets = [-module.network.subnet_ids && "%{ if terraform.workspace }staging%{ else }db%{ endif }${~ 1.5 }", 507,] /* inline */
  # a comment
  provisioner "local-exec" {
    lifecycle {
      timeouts { labels = "5m" }
    }
    env = 1e3 // note
    region = !true /* inline */
    /* a block
       comment */
  }
}

resource "aws_s3_bucket" "b2" {
  ami = [aws_subnet.private[*].id["key"], true] && count.index /* inline */
  connection {
    name = {
    "cidr_block": length()
  }
    connection {
      timeouts { count = "5m" }
      tags = false
      timeouts { env = "5m" }
      timeouts { description = var.x }
    }
    region = [] /* inline */
    cidr_block = each.value
  }
  vpc_id = (1.5) // note
}
