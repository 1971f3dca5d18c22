output "o0" {
  // another comment
  dynamic "setting" {
    vpc_id = 1.5 // note
  }
  bucket = 797
  timeouts { count = var.x }
}

provider "aws" {
  /* a block
     comment */
  bucket = null
  /* a block
     comment */
}

provider "aws" {
  owner = [] /* inline */
}