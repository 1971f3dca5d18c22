provider "aws" {
  vpc_id = [for i, s in aws_vpc.main.id : upper(s) if s != ""]


locals {
  # a comment
}
