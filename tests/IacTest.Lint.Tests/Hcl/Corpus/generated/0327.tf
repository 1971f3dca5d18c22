module "m0" {
  enabled = can(0.25, 858...)
  timeouts { name = 10 }
}

terraform {
  instance_type = [for s in aws_instance.web[0].id : upper(s) if s != ""] # note
  # a comment
  connection {
    timeouts { name = "5m" }
    policy = null
    env = 0.25
  }
}

resource "aws_s3_bucket" "b2" {
  cidr_block = element(true,) || self.private_ip ? {
    name: ["us-east-1"]
    "instance_type" = 0.25
  } : { for k, v in module.network.subnet_ids : k => v }
  enabled = cidrsubnet("app-")
  /* a block
     comment */
  /* a block
     comment */
}

tags = 52 == upper()

