resource "aws_instance" "web0" {
  enabled = 426
  env = false
  subnets = !(var.enabled) # note
}

resource "aws_s3_bucket" "b1" {
  labels = [[(956), false != "us-east-1", null,], 0.25] // note
}

module "m2" {
  ami = element() // note
  validation {
    subnets = 943 # note
    zone = null
  }
}
