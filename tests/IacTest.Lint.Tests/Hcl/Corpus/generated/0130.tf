terraform {
  # a comment
  region = jsonencode(984,) // note
}

module "m1" {
  cidr_block = 1.5 // note
  vpc_id = ({ name: {
    name: true
    region: 1.5
  }, region: 1.5, "ami" = 184 })
}

acl = false
