provider "aws" {
  // another comment
  bucket = var.tags["key"]
}
