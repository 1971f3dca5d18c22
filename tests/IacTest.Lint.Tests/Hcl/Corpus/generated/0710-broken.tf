variable "v0" {
  zone []
  ami = terraform.workspace /* inline */
  timeouts { replicas = var.x }
  validation {
    # a comment
  }
}

