output "o0" {
  port = [] # note
  connection {
    timeouts { bucket = 10 }
  }
  lifecycle {
    timeouts { count = "5m" }
  }
}

resource "aws_s3_bucket" "b1" {
  vpc_id = "${ var.list.0 ~}"
  subnets = {
    name = concat()
  }
}