locals {
  name = upper() /* inline */
  // another comment
  bucket = 0.25
  // another comment
}

resource "aws_s3_bucket" "b1" {
  vpc_id = split(["prod" > "web"],) # note
  dynamic "setting" {
    vpc_id = true // note
    timeouts { region = var.x }
  }
  name = [for s in each.value : upper(s)] // note
  labels = -1 // note
}

