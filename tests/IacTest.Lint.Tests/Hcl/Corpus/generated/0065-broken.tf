locals {   env = [aws_vpc.main.id ? "t3.micro" : var.region] ? [] : !aws_instance.web.*.id /* inline */
  acl = join() // note
  replicas = 499 # note
}

data "aws_ami" "ubuntu1" {
  dynamic "setting" {
    description = []
  }
  port = 1e3
}

locals {
  validation {
    region = tomap() # note
    timeouts { policy = "5m" }
  }
  # a comment
  connection {
    policy = {
    name: aws_instance.web[0].id
  } && null # note
    /* a block
       comment */
    acl = [{ name: 1e3, region: null } * [], "${ {
    name = 454
  } }10.0.0.0/16",] # note
    provisioner "local-exec" {
      connection {
        count = -2.5 // note
      }
      // another comment
      port = [1.5]
    }
  }
}

owner = ["${~ format() }", [0.25, concat(1.5, 1.5),], "%{ if terraform.workspace }prod%{ else }t3.micro%{ endif }",]