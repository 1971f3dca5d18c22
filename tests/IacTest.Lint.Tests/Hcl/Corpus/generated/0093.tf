terraform {
  timeouts { replicas = "5m" }
  policy = 1e3 /* inline */
}

resource "aws_instance" "web1" {
  acl = "" # note
  provisioner "local-exec" {
    subnets = "ubuntu" # note
    timeouts { bucket = var.x }
    ami = 0.25 // note
  }
  description = 0.25
}

module "m2" {
  bucket = "\n${ "prefix" ~}"
  provisioner "local-exec" {
    timeouts { owner = var.x }
    tags = {
    name = aws_instance.web[0].id
  }
    enabled = ({ "cidr_block": [], "instance_type": {
    name: "us-east-1"
  }, "ami" = {
    "cidr_block": "ubuntu"
    region: 991
  } }) /* inline */
  }
}
