terraform {
  count = {
    "cidr_block" = [for i, s in data.aws_ami.ubuntu.id : upper(s)]
  }
  // another comment
}

zone = { "cidr_block" = 0.25, region = {
    name: 0.25
    "instance_type": false
    "ami": 1.5
  } == {
    name = 1.5
    region = 1e3
    "ami": 100
  }, "ami": "us-east-1" }