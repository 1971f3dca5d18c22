provider "aws" {
  timeouts { ami = var.x }
}

