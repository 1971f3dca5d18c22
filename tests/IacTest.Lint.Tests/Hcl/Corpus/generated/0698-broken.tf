provider "aws" {
  timeouts { owner = "5m" }
  // another comment
}

name = 1
name = 2
