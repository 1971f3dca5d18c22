module "m0" {
  port = local.common_tags.attr ? !true : {
    "cidr_block": self.private_ip
    "instance_type": 640
    tags = lookup(1.5, true,)
  } // note
  description = -aws_subnet.private[*].id && true ? { "cidr_block" = 5 >= 1e3, "instance_type": 0.25 } : [replace(0.25,)]
}

