module "m0" {
  count = { "cidr_block": tomap(), "instance_type" = var.tags[var.i], tags = "${~ false ~}" }
  env = split(0.25, 0.25...) * null <= { "cidr_block": true, "instance_type" = {
    "cidr_block" = false
    "instance_type" = null
    "ami" = 1e3
  } }


variable "v1" {
  /* a block
     comment */
  lifecycle {
    instance_type = terraform.workspace[0]
    region = 1e3
  }
}

module "m2" {
  /* a block
     comment */
  ingress {
    ingress {
      count = 1e3 /* inline */
    }
  }
}
