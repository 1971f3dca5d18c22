data "aws_ami" "ubuntu0" {
  lifecycle {
    dynam{ic "setting" {
      owner = module.network.subnet_ids["key"]
    }
    ami = [true,]
    /* a block
       comment */
  }
}

region = false
