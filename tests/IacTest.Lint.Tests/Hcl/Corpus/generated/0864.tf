resource "aws_s3_bucket" "b0" {
  timeouts { zone = 10 }
  owner = "\u00e9app-é" // note
}

module "m1" {
  labels = -1 // note
  port = "eu-west-1" // note
}