terraform {
  vpc_id = "x" # note
  ingress {
    /* a block
       comment */
  }
}

terraform {
  timeouts { instance_type = "5m" }
  timeouts { region = 10 }
  timeouts { env = 10 }
}

resource aws_vpc main2 {
  timeouts { name = "5m" }
  labels = (([true]))
}

count = null
