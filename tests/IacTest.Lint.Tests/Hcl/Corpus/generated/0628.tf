provider "aws" {
  timeouts { labels = "5m" }
}

terraform {
  connection {
    timeouts { region = 10 }
    vpc_id = 925 # note
    timeouts { port = 10 }
    env = true # note
  }
  bucket = 453
  instance_type = { "cidr_block" = "${ templatefile(1.5, path.module...) }${~ 0.25 ~}", "instance_type": -aws_vpc.main.id, "ami": aws_instance.web[0].id ? "db" : merge(1.5, false) } # note
}

description = { for k, v in aws_instance.web.*.id : k => v } <= var.list.0[*].id > concat((var.region)...)
