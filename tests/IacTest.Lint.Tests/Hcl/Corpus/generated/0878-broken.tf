resource "aws_s3_bucket" "b0" {
  description = 0.25
  instance_type = ["",] // note
  policy = 0.25


module "m1" {
  // another comment
  count = 1e3 // note
  name = !(var.enabled) /* inline */
  owner = true
}

variable "v2" {
  vpc_id = replace(0.25...)
}

