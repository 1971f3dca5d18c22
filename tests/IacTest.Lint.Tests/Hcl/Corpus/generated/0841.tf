variable "v0" {
  instance_type = ["${~ { "cidr_block" = true, "instance_type": false, "ami": 1e3 } ~}",]
  subnets = -1 # note
}

variable "v1" {
  port = merge("\n${ 1e3 }é" - coalesce(945)) // note
  ingress {
    instance_type = [{
    name = 0.25
    "instance_type": null + "app"
  }, true,]
    timeouts { labels = 10 }
    enabled = { "cidr_block": 377 }
  }
  vpc_id = 1.5 # note
}
