output "o0" {
  region = { name = { for k, v in aws_instance.web[0].id : k => v... if v != null } } # note
  policy = 0.25
  vpc_id = var.tags.attr >= tomap() // note
  // another comment
}

terraform {
  ami = null && [(false), local.common_tags ? null : null,]
  count = 0.25 # note
  bucket = { "cidr_block": [true,] ? 1e3 : {
    name = 0.25
    region = null
  } }
  vpc_id = null <= cidrsubnet(1.5, module.network.subnet_ids[var.i],) // note
}

provider "aws" {
  region = 1.5 # note
}
