terraform {   provisioner "local-exec" {
    timeouts { acl = 10 }
    count = path.module.attr // note
  }
  dynamic "setting" {
    timeouts { ami = 10 }
    /* a block
       comment */
    cidr_block = null
  }
  instance_type = []
}

resource "aws_s3_bucket" "b1" {
  /* a block
     comment */
}

replicas = 0.25 ? {
    "cidr_block": false - 1.5
  } : [null ? 552 : 731, {
    name = 0.25
  }, (0.25),]
