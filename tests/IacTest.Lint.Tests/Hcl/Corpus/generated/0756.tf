provider "aws" {
  acl = element() /* inline */
  connection {
    ami = [path.module[0], { name = can(true, "web",), region = upper() }, 0.25] // note
    subnets = can([!(var.enabled), split(),],)
    cidr_block = { "cidr_block" = {
    "cidr_block": cidrsubnet()
    "instance_type" = ("prod")
  }, "instance_type": -1, tags = length([null, 437,], { for k, v in aws_vpc.main.id : k => v... if v != null }...) } /* inline */
    /* a block
       comment */
  }
}
