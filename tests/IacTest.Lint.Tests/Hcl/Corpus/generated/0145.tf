module "m0" {
  # a comment
}

resource "aws_s3_bucket" "b1" {
  labels = [] // note
  ami = true
  provisioner "local-exec" {
    zone = { "cidr_block" = {
    "cidr_block" = coalesce(null...)
  }, "instance_type" = null }
    port = "db"
    subnets = "$${literal}%%{~ for k, v in path.module ~}${v},%{ endfor }"
  }
}

acl = !each.key
