resource aws_vpc main0 {
  timeouts { tags = "5m" }
  cidr_block = "t3.micro"
}

provider "aws" {
  vpc_id = { "cidr_block" = {
    name: { "cidr_block" = null }
  }, "instance_type": each.key ? "" ? false : 0.25 : 1e3, "ami" = aws_subnet.private[*].id } // note
  dynamic "setting" {
    dynamic "setting" {
      bucket = "web" # note
      zone = aws_subnet.private[*].id[var.i] # note
    }
    instance_type = 1.5
  }
}

instance_type = upper(true ? [for s in count.index : upper(s) if s != ""] : (false),)