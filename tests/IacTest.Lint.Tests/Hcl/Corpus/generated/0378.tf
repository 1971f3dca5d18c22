resource "aws_s3_bucket" "b0" {
  instance_type = ({
    name = null
  })
}

locals {
  ami = {
    "cidr_block": {
    name = false == true
    region = "" >= 1e3
    "ami" = { name = 0.25 }
  }
    "instance_type" = (can())
  } // note
}

output "o2" {
  validation {
    enabled = try(1e3, -2.5,)
    // another comment
  }
}

cidr_block = {
    "cidr_block": merge()
    "instance_type": join()
    "ami": { for k, v in path.module : k => v if v != null }
  }
