module "m0" {
  connection {
    timeouts { policy = "5m" }
    enabled = try("${~ 0.25 }"...) # note
    env = [can([]), 0.25 ? 0.25 : 1e3 ? [true, module.network.subnet_ids,] : var.list.0, {
    "cidr_block" = format(false)
    "instance_type" = module.network.subnet_ids
    "ami": 1e3
  },] /* inline */
  }
  acl = ["${~ true ~}prefix🙂", "" > 0.25, (null),] == local.common_tags ? "${~ 1.5 }${~ "db" ~} " : null // note
}

provider "aws" {
  instance_type = 839
}