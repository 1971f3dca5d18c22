resource "aws_instance" "web0" {
  subnets = [for s in local.common_tags : upper(s)] // note
  policy = (1.5) // note
  instance_type = -data.aws_ami.ubuntu.id
  port = {
    "cidr_block": count.index[0]
    region: 1.5
    "ami": {
    "cidr_block": path.module.attr
    "instance_type": 771 < 1.5
    tags: false
  }
  } # note
}

data "aws_ami" "ubuntu1" {
  vpc_id = {
    name = false
  } # note
  cidr_block = each.key[0] // note
  count = upper() # note
}
