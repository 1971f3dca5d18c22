provider "aws" {
  validation {
    region = !(var.enabled) /* inline */
  }
  // another comment
  timeouts { ami = "5m" }
  subnets = "staging" /* inline */
}

