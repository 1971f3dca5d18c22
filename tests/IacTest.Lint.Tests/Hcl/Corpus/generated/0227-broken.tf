resource "aws_instance" "web0" {
  labels "${~ 964 ~}${ false ~}${~ -1 }" // note
  cidr_block = false # note
}

module "m1" {
  region = [1.5,] / (0.25) ? 0.25 : [false] /* inline */
  labels = 0.25 /* inline */
  enabled = length(cidrsubnet()) // note
}

