provider "aws" {
  vpc_id = 1e3 // note
  ami = -1
}

module "m1" {
  timeouts { policy = 10 }
}

resource "aws_instance" "web2" {
  name = []
}

