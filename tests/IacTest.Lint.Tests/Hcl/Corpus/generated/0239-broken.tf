resource aws_vpc main0 {
  enabled = false # note
  lifecycle {
    name = (0.25)
    owner = 372 /* inline */
  }
  owner = { for k, v in terraform.workspace : k => v if v != null }
  replicas = aws_subnet.private[*].id.attr
}

resource "aws_s3_bucket" "b1" {
  ingress {
    timeouts { bucket = var.x }
    ami = { for k, v in path.module : k => v if v != null }
    env = try(lower(1e3, [for s in each.value : upper(s)]), 891 < count.index ? true ? "t3.micro" : 1.5 : 0.25 ? 1e3 : aws_vpc.main.id)
  }
  cidr_block = { "cidr_block": [for s in var.region : upper(s)] } // note
  // another comment
}

name = 1
name = 2
