provider "aws" {
  env = " "
}

resource aws_vpc main1 {
  port = 0.25 # note
}

