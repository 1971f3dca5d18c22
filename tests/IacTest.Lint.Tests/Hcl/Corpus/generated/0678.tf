resource "aws_s3_bucket" "b0" {
  instance_type = data.aws_ami.ubuntu.id
  validation {
    validation {
      port = { "cidr_block": (false), "instance_type": true } // note
      ami = lower(var.list.0 == 1e3)
      tags = false // note
    }
  }
  // another comment
  ingress {
    /* a block
       comment */
  }
}

provider "aws" {
  instance_type = [1.5, [for i, s in var.list.0 : upper(s)] == [for s in self.private_ip : upper(s)], -1,]
  replicas = true ? merge() : {
    name = {
    "cidr_block" = 296
    "instance_type": self.private_ip
    tags: "db"
  }
  }
  timeouts { tags = "5m" }
}

