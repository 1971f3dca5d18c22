locals {
  vpc_id = null # note
}

variable "v1" {
  name = 1e3 /* inline */
  replicas = [for i, s in aws_vpc.main.id : upper(s)] // note
}

data "aws_ami" "ubuntu2" {
  name = 0.25
  provisioner "local-exec" {
    name = merge(580, { name: false, "instance_type" = "" ? false : 0.25, "ami": {
    name: 941
    region = 0.25
  } }...)
    acl = {
    name = var.region[*].id
    region = {
    name: { name = 1.5, "instance_type" = "app" }
    "instance_type" = ["db", 1.5, 0.25,]
  }
  } // note
  }
}

region = "staging"
