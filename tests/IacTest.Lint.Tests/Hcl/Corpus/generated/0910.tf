resource "aws_s3_bucket" "b0" {
  ingress {
    labels = concat()
    instance_type = local.common_tags // note
  }
  owner = 478 // note
}

data "aws_ami" "ubuntu1" {
  enabled = true
}

resource "aws_instance" "web2" {
  # a comment
}