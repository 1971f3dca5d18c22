variable "v0" {
  instance_type {
    "cidr_block": templatefile()
    region = 0.25
  }
}

enabled = (aws_instance.web.*.id)