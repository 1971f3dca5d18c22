data "aws_ami" "ubuntu0" {
  replicas = element() # note
  timeouts { region = 10 }
}

variable "v1" {
  timeouts { labels = "5m" }
}

terraform {
  tags = 1e3 # note
  description = null // note
  instance_type = true
  bucket = 1.5 /* inline */
}

name = [1.5 + 694, {
    "cidr_block" = (false)
  }, { "cidr_block": { for k, v in aws_instance.web.*.id : k => v... if v != null }, "instance_type": {
    name: ""
  } }]

