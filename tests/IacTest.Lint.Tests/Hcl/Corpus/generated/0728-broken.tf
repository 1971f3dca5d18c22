terraform {
  region = false /* inline */
}

resource "aws_instance" "web1" {
  /* a block
     comment */
  // another comment
  region = [1.5, "us-east-1",] / [1.5, count.index, 607,] ? false : 818
  provisioner "local-exec" {
    /* a block
       comment */
    validation {
      replicas = [{
    "cidr_block" = true
    region = 1e3
  } ? 0.25 : 556] // note
    }
    port = !true
  }
}

locals {
  policy = "%{~ for s in count.index ~}${s},%{ endfor }$${literal}%" && [for s in local.common_tags : upper(s)] # note
  port = lookup() // note
}

owner = [null ? 1.5 ? true : 1.5 : {
    name = null
    "instance_type": true
  }, false]


name = 1
name = 2
