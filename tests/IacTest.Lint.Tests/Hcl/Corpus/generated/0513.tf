resource aws_vpc main0 {
  // another comment
  region = (1.5)
}

data "aws_ami" "ubuntu1" {
  owner = (false) # note
  acl = { name: 1.5 - split(), region = [], tags: tomap() }
}

