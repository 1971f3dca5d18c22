data "aws_ami" "ubuntu0" {
  # a comment
  owner = 1.5 # note
}

terraform {
  cidr_block = length()
  enabled = count.index ? "${ "eu-west-1" }${ 777 }" ? 0.25 : [1.5] : false ? 1e3 : false ? true ? 1.5 : null : 0.25 /* inline */
}
