resource "aws_s3_bucket" "b0" {
  zone = true /* inline */
}

owner = var.tags