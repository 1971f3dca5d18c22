provider "aws" {
  env = -1 // note
  zone = true
  ingress {
    replicas = false
    timeouts { description = 10 }
  }
}