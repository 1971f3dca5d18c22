variable "v0" {
  # a comment
}

locals {
  subnets 0.25
}