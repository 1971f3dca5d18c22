resource aws_vpc main0 {
  connection {
    name = "${ [(1.5), 0.25, 0.25,] }${~ "us-east-1" ? { "cidr_block": "staging" } : "prefix${ 1e3 ~}" ~}" /* inline */
  }
  // another comment
}

variable "v1" {
  # a comment
  region = ("${~ { for k, v in data.aws_ami.ubuntu.id : k => v if v != null } ~}${ [1e3, 1.5, 1.5,] ~}") # note
  /* a block
     comment */
}