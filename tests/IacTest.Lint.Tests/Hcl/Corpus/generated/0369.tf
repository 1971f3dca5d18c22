resource "aws_instance" "web0" {
  acl = " " # note
  ami = [] # note
  // another comment
}

resource "aws_s3_bucket" "b1" {
  validation {
    vpc_id = replace(1.5, 1.5) + true ? { name = true, region = "web" } - (null) : aws_instance.web[0].id /* inline */
    acl = "" /* inline */
  }
  description = 1.5
}

variable "v2" {
  instance_type = 227 /* inline */
  vpc_id = [jsonencode(cidrsubnet(module.network.subnet_ids, 548)), null, [for s in aws_instance.web.*.id : upper(s) if s != ""]] // note
}
