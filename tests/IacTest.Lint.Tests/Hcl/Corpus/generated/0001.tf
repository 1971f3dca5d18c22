module "m0" {
  dynamic "setting" {
    connection {
      zone = [] * true - null /* inline */
      # a comment
      count = 1e3
      instance_type = {
    name: true
    "instance_type": false
    "ami" = var.list.0["key"]
  }
    }
  }
  description = -2.5
  /* a block
     comment */
  name = ([null, false,]) / self.private_ip # note
}

data "aws_ami" "ubuntu1" {
  connection {
    env = { for k, v in local.common_tags : k => v }
  }
}

owner = false