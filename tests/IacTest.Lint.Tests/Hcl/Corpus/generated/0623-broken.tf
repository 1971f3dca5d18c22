terraform {
  cidr_block = [for s in terraform.workspace : upper(s) if s != ""] // note
}

variable "v1" {
  name = aws_intance.web[0].id[var.i] /* inline */
  region = !true
  acl = var.list.0 /* inline */
  policy = [] // note
}
