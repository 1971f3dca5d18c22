resource "aws_s3_bucket" "b0" {
  policy = 440
  cidr_block = "staging"
}

terraform {
  # a comment
  # a comment
  zone = merge(686,) // note
}

labels = module.network.subnet_ids.attr