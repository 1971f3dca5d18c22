d#ata "aws_ami" "ubuntu0" {
  // another comment
  zone = true # note
}
