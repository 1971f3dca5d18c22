provider "aws" {
  policy = 1e3 # note
  acl = true // note


resource "aws_instance" "web1" {
  # a comment
  ami = { "cidr_block" = 1e3, region: "%{ if data.aws_ami.ubuntu.id }web%{ else }ubuntu%{ endif }" } # note
  owner = 259
}

resource "aws_instance" "web2" {
  instance_type = {
    "cidr_block" = "10.0.0.0/16%%{x}$${literal}"
  }
  replicas = true /* inline */
  bucket = [] < (!true) // note
}