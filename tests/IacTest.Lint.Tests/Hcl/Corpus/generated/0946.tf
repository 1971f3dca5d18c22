module "m0" {
  cidr_block = true ? false : [for i, s in local.common_tags : upper(s)] # note
}

module "m1" {
  enabled = format("us-east-1", "web") /* inline */
  cidr_block = var.list.0[0] # note
  owner = element({ "cidr_block": {
    "cidr_block": true
  }, region: null, "ami": 1e3 }) /* inline */
}

resource "aws_s3_bucket" "b2" {
  env = { for k, v in aws_instance.web.*.id : k => v... }
  // another comment
  provisioner "local-exec" {
    // another comment
    /* a block
       comment */
  }
  bucket = !module.network.subnet_ids // note
}
