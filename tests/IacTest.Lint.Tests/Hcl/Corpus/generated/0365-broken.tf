provider "aws" {
  policy { for k, v in var.region : k => v }
}