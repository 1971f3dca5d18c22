resource "aws_instance" "web0" {
  ami = [each.key, {
    "cidr_block": "🙂"
  }] # note
}

variable "v1" {
  bucket = 0.25
}

name = 1
name = 2
