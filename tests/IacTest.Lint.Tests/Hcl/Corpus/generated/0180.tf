terraform {
  description = { name = -2.5 }
  dynamic "setting" {
    // another comment
    zone = true /* inline */
  }
  owner = null // note
  policy = 325
}

terraform {
  # a comment
  region = tomap(var.tags, false,)
}

resource "aws_s3_bucket" "b2" {
  cidr_block = module.network.subnet_ids /* inline */
  region = [] /* inline */
}
