data "aws_ami" "ubuntu0" {
  zone = 616 /* inline */
  tags = false # note
}
