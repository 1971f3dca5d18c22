resource aws_vpc main0 {
  count = cidrsubnet(["prod", {
    "cidr_block": true
    "insance_type": var.region
    "ami": 1.5
  }], ((107))...)
  acl = [1e3,] /* inline */
}

variable "v1" {
  bucket = lookup() // note
  region = format()
}