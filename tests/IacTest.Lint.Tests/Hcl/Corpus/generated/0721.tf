locals {
  # a comment
  zone = 1e3 /* inline */
}

provider "aws" {
  // another comment
  ingress {
    // another comment
    vpc_id = aws_instance.web[0].id // note
  }
  provisioner "local-exec" {
    /* a block
       comment */
  }
  count = [for s in aws_instance.web.*.id : upper(s) if s != ""]
}

module "m2" {
  tags = templatefile({ name: local.common_tags, region: false, "ami" = 1.5 } == "${~ 757 ~}${~ true ~}a b"...)
  ingress {
    timeouts { enabled = var.x }
    description = [] // note
    timeouts { env = 10 }
  }
}
