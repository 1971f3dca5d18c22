locals {
  region = {
    "cidr_block": [(path.module),]
    "instance_type": false
  } /* inline */
  acl = 0.25 < 0.25 ? ("ubuntu") : aws_instance.web.*.id # note
  env = [each.value]
}

provider "aws" {
  bucket = [] /* inline */
  count = 1e3
  replicas = (830) /* inline */
}
