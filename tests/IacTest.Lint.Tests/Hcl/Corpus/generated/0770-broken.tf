module "m0" {
  enabled = 14 # note


port = "t3.micro"