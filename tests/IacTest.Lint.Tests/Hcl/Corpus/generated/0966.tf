resource "aws_s3_bucket" "b0" {
  // another comment
}

resource "aws_instance" "web1" {
  policy = [[1.5,] == -1, can(), 0.25,] # note
  replicas = 1.5
  instance_type = 740 && [(null), 1.5,] # note
}

data "aws_ami" "ubuntu2" {
  timeouts { replicas = 10 }
  vpc_id = [([]), local.common_tags,] // note
  lifecycle {
    lifecycle {
      region = false # note
      validation {
        count = merge() # note
      }
      # a comment
      policy = self.private_ip
    }
  }
  region = [for i, s in var.region : upper(s)]
}

env = !each.key
