variable "v0" {
  vpc_id = null /* inline */
}

locals {
  # a comment
}
