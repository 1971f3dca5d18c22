provider "aws" {
  enabled = 1e3 # note
  owner = element((1.5), [for s in local.common_tags : upper(s)],) // note
  # a comment
}

data "aws_ami" "ubuntu1" {
  bucket = null // note
}