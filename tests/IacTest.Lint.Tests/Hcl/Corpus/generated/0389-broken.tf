variable "v0" {
  labels = (true) /* inline */
  bucket = { "cidr_block": 0.25 }
  timeouts { policy = var.x }
}

terraform {
  tags = lower(can((1e3))...) /* inline */
  region = var.list.0[*].id
  connection {
    count = count.index.attr # note
    # a comment
    subnets = false != [1.5, 407, 1.5] > path.module // note
  }
}

module "m2" {
  tags = { name = 989 }
  name = " " # note
  replicas = [1e3, "x" > aws_vpc.main.id, "web"] // note
  instance_type = { for k, v in var.tags : k => v... } % [{ for k, v in path.module : k => v }, format(), {
    name = aws_subnet.private[*].id
    region = 1.5
  }] // note
}

zone = [for s in data.aws_ami.ubuntu.id : upper(s)]


name = 1
name = 2
