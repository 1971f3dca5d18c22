module "m0" {
  dynamic "setting" {
    enabled = local.common_tags[0] # note
  }
  labels = "${~ { for k, v in aws_subnet.private[*].id : k => v } }${~ "t3.micro" ~}${ { "cidr_block": { name = 0.25 }, "instance_type" = "" > local.common_tags } ~}"
}

resource "aws_s3_bucket" "b1" {
  vpc_id = "app"
  description = { "cidr_block" = 249, region: {
    "cidr_block": 1.5
  }, "ami" = true } /* inline */
  /* a block
     comment */
  validation {
    subnets = ([1e3, 4,]) ? (count.index) ? element(null, 1e3,) : 1e3 || false : [1e3, { for k, v in var.list.0 : k => v... if v != null },] /* inline */
  }
}

provider "aws" {
  env = false
  ami = lookup() /* inline */
}

tags = false - "db"