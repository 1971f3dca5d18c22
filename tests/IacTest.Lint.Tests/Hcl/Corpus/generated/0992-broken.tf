resource aws_vpc main0 {
  count = 1.5
}

data "aws_ami" "ubuntu1" {
  // another comment
}  resource "aws_s3_bucket" "b2" {
  enabled = { "cidr_block": [{ "cidr_block" = null }, "t3.micro", (1e3),], "instance_type": { for k, v in each.value : k => v if v != null } }
  /* a block
     comment */   lifecycle {     count = !aws_vpc.main.id   }
  labels = [[], !true, local.common_tags ? local.common_tags : { "cidr_block": 1e3, "instance_type": false, "ami": 200 }] /* inline */
}
