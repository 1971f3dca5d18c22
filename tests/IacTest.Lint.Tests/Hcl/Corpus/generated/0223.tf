variable "v0" {
  tags = true /* inline */
  # a comment
  zone = 1.5
}