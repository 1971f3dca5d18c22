resource "aws_s3_bucket" "b0" {
  bucket = {
    name: coalesce()
    "instance_type": "a b"
  } ? { for k, v in var.tags : k => v if v != null } : path.module
  owner = try(941) # note
  # a comment
}

region = "${ "app" ~}${~ null ~} "
