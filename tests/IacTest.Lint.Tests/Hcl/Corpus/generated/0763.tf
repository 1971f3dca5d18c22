resource "aws_s3_bucket" "b0" {
  count = var.tags[var.i] // note
}

enabled = ["prod", null, { name: 0.25 },]

