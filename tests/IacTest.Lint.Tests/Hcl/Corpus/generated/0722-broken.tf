resource aws_vpc main0 {
  timeouts { name = 10 }


resource "aws_instance" "web1" {
  port = lower() / [for i, s in self.private_ip : upper(s) if s != ""] // note
  // another comment
}

provider "aws" {
  timeouts { region = var.x }
  ami = [[1e3, 0.25, 1e3] > false ? "us-east-1" : false]
}