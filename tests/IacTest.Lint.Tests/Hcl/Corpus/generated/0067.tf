module "m0" {
  dynamic "setting" {
    count = local.common_tags
  }
  timeouts { instance_type = 10 }
}

resource "aws_s3_bucket" "b1" {
  /* a block
     comment */
  timeouts { labels = var.x }
  connection {
    vpc_id = {
    name = -1
    "instance_type" = "us-east-1"
  }
  }
}

locals {
  instance_type = join()
  timeouts { count = 10 }
  labels = var.tags
}