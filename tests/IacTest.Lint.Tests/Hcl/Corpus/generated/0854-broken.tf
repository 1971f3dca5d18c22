terraform {
  timeouts { name = 10 }
  cidr_block = -1 // note
  vpc_id = terraform.workspace /* inline */
}

provider "aws" {
  ingress {
    dynamic "setting" {
      tags = "" /* inline */
      timeouts { owner = "5m" }
      count = -data.aws_ami.ubuntu.id
     cidr_block = [1e3] # note
    }
    zone = terraform.workspace /* inline */
    instance_type = -path.module
  }
  cidr_block = 1e3 // note
  zone = [201, { name = null }]
}

