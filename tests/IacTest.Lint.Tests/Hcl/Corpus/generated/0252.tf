data "aws_ami" "ubuntu0" {
  zone = 1.5
  region = 0.25 // note
  cidr_block = "staging"
}

data "aws_ami" "ubuntu1" {
  replicas = { name: {
    "cidr_block": "staging"
  }, region: (var.tags) }
  timeouts { bucket = var.x }
}

