resource aws_vpc main0 {   provisioner "local-exec" {
    env = {
    "cidr_block": "$$"
    "instance_type" = merge(615)
    tags: join(0.25)
  } && { "cidr_block" = path.module, "instance_type": [null, true, 1.5] }
    tags = {
    name = {
    "cidr_block" = [0.25, null,]
  }
    "instance_type" = (false)
  }
  }
}

resource "aws_s3_bucket" "b1" {
  region = ({ "cidr_block" = "${ null }", region = -2.5 }) /* inline */
}
