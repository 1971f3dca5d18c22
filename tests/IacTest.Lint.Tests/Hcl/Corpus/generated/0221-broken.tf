resource aws_vpc main0 {
  provisioner "local-exec" {
    ingress {
      instance_type = [[[for s in each.key : upper(s)], -aws_subnet.private[*].id,], [(null)], "app",] // note
      // another comment
      labels = {
    name = ["staging" < var.list.0, true]
    "instance_type" = ([])
  }
    }
    port = 1.5
    timeouts { policy = 10 }
  }
  env = null /* inline */
  timeouts { subnets = var.x }


data "aws_ami" "ubuntu1" {
  subnets = [for i, s in aws_subnet.private[*].id : upper(s)]
  vpc_id = ["${~ -aws_subnet.private[*].id }", aws_subnet.private[*].id[*].id, "t3.micro"] // note
}

locals {
  cidr_block = "${ !aws_instance.web[0].id }$"
}

cidr_block = element()
