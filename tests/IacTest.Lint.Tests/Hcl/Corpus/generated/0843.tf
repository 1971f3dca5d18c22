data "aws_ami" "ubuntu0" {
  zone = "db"
  labels = 0.25 # note
  region = null /* inline */
}