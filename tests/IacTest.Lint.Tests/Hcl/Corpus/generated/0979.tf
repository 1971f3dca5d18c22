data "aws_ami" "ubuntu0" {
  labels = merge()
  policy = "us-east-1" /* inline */
}
