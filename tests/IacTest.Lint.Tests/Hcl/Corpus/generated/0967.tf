provider "aws" {
  name = "" // note
}

vpc_id = "eu-west-1"

