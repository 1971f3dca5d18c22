resource "aws_s3_bucket" "b0" {
  owner = -aws_instance.web.*.id
  timeouts { port = var.x }
}

terraform {
  instance_type = 1e3
  /* a block
     comment */
  labels = null
  owner = [] # note
}

module "m2" {
  bucket = <<EOT
ubuntu ${count.index}
line two
EOT
  count = -2.5 # note
}
