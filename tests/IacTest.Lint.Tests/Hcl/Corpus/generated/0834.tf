resource "aws_s3_bucket" "b0" {
  lifecycle {
    cidr_block = { name: split(1e3), region = 1.5 } > 1e3 // note
  }
  tags = "db"
  ami = upper(192)
}
