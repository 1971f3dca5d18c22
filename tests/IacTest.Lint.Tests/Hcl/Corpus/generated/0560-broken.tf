resource "aws_s3_bucket" "b0" {
  vpc_id = true # note
  timeouts { bucket = 10 }
}

resource "aws_instance" "web1" {
  // another comment
  timeouts { enabled = var.x }
  dynamic "setting" {
    // another comment
    name = { name = [], region = element([for s in path.module : upper(s) if s != ""], { for k, v in count.index : k => v... if v != null }), "ami" = ("\n") } # note
  }
}

resource "aws_s3_bucket" "b2" {
  zone = <<null
}

policy = 1e3