provider "aws" {
  count = null
  policy = [for i, s in aws_subnet.private[*].id : upper(s) if s != ""] /* inline */
  instance_type = try(0.25, (toset())) // note
}

data "aws_ami" "ubuntu1" {
  # a comment
  policy = "%{~ for s in path.module ~}${s},%{ endfor }${~ var.tags[var.i] }" # note
}

locals {
  region