resource "aws_s3_bucket" "b0" {
  timeouts { port = 10 }
  acl = {
    name = {
    name = 1.5
    region: true
  } ? { "cidr_block": 0.25, region = 1e3, "ami": 1e3 } : []
    "instance_type": [coalesce(), null, 730,]
    tags = "x"
  }
  tags = null < !(var.enabled)
  vpc_id = var.region["key"]
}

module "m1" {
  timeouts { cidr_block = "5m" }
}