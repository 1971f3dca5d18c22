resource "aws_s3_bucket" "b0" {
  zone = module.network.subnet_ids
  env = [split(1e3),] # note
  timeouts { labels = var.x }
}

terraform {
  policy = "%"
  replicas = []
}
