variable "v0" {
  bucket = 