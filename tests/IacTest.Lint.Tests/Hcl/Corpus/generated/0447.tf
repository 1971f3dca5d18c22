resource "aws_s3_bucket" "b0" {
  validation {
    count = false /* inline */
    // another comment
    description = <<EOT
prod ${aws_vpc.main.id}
line two
EOT
  }
}
