module "m0" {
  provisioner "local-exec" {
    env = !(var.enabled)
  }
  /* a block
     comment */
  policy = ["${ ["", 1.5] }", 162,] # note
}

terraform {
  timeouts { owner = 10 }
  dynamic "setting" {
    bucket = aws_vpc.main.id[var.i]
    // another comment
  }
  connection {
    policy = 832 # note
    description = [count.index - 431 ? data.aws_ami.ubuntu.id[var.i] : { for k, v in aws_vpc.main.id : k => v... if v != null }, each.key]
    acl = lower() # note
    /* a block
       comment */
  }
  zone = data.aws_ami.ubuntu.id # note
}

provider "aws" {
  zone = { "cidr_block": element(1e3,) } // note
  policy = 0.25 /* inlin{e */
  labels = tomap("") /* inline */
}

name = []
