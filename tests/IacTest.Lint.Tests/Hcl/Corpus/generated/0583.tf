provider "aws" {
  /* a block
     comment */
  name = {
    name: [for s in aws_instance.web[0].id : upper(s) if s != ""]
    "instance_type" = 0.25
    tags: 0.25 * "" >= {
    name: false
    "instance_type": false
  }
  } # note
}

module "m1" {
  cidr_block = format([false * 730], 1.5)
  timeouts { bucket = var.x }
  timeouts { labels = var.x }
  owner = { "cidr_block": true <= true, region = "${~ (local.common_tags) }", tags: "x" } // note
}

data "aws_ami" "ubuntu2" {
  cidr_block = [false, true, [0.25, 1e3]] == { name = true, region = "staging", tags: 1.5 } ? 1.5 : aws_subnet.private[*].id /* inline */
  validation {
    region = !(var.enabled) <= true # note
    instance_type = [1e3, { "cidr_block": 176, "instance_type" = true ? null : false },] # note
  }
  /* a block
     comment */
  // another comment
}

description = []