output "o0" {
  bucket = ("$${literal}$${literal}") // note
  env = 1e3 # note
}

data "aws_ami" "ubuntu1" {
  owner = null # note
  env = templatefile(true...)
}

variable "v2" {
  cidr_block = true /* inline */
  // another comment
  tags = !(var.enabled)
}