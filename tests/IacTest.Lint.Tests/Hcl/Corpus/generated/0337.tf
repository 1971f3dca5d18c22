variable "v0" {
  vpc_id = null
}

