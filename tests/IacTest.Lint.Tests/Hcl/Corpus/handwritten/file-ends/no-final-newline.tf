locals {
  region = "eu-west-1"
  zone   = "eu-west-1a"
}