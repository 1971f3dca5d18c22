variable "v0" {
  cidr_block = 1e3
  env = [for s in terraform.workspace : upper(s)]
  vpc_id = -2.5 // note
}
