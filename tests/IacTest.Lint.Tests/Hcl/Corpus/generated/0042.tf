provider "aws" {
  zone = {
    name: 1e3
    "instance_type": !true
  }
}

resource "aws_instance" "web1" {
  connection {
    enabled = [] /* inline */
    timeouts { description = "5m" }
  }
  # a comment
}
