locals {   bucket = "${~ [var.tags,] ~}$${literal}%%{x}" // note
  /* a block
     comment */
  // another comment
  ami = !var.region // note
}

resource "aws_s3_bucket" "b1" {
  enabled = aws_instance.web.*.id ? {
    "cidr_block": 1e3 >= 1.5
    region = ["eu-west-1"]
    "ami": []
  } : {
    "cidr_block": true
    region = self.private_ip
    "ami": 0.25
  } % false ? 1e3 : true /* inline */
}

owner = [659, null, path.module.attr,] * { for k, v in count.index : k => v... if v != null } ? { for k, v in module.network.subnet_ids : k => v... if v != null } : 839 != false