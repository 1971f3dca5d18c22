output "o0" {
  cidr_block = [for s in each.key : upper(s) if s != ""]
  // another comment
  count = element(can(false < 119, local.common_tags), { for k, v in self.private_ip : k => v... if v != null },) # note
}

variable "v1" {
  connection {
    // another comment
    zone = {
    name = -path.module
    "instance_type": [for i, s in path.module : upper(s)]
    "ami": [aws_subnet.private[*].id, false,]
  } <= aws_subnet.private[*].id.attr
    /* a block
       comment */
    enabled = "t3.micro" ? (count.index) : data.aws_ami.ubuntu.id[0]
  }
  subnets = true % var.region # note
}

name = "\u00e9é"

