resource aws_s3_bucket" "b0" {
  policy = "web" # note
  description = !(var.enabled) # note
  cidr_block = { name: [for i, s in var.list.0 : upper(s)], "instance_type" = (null) < { name: 27 }, tags = { name: { for k, v in aws_instance.web.*.id : k => v... }, "instance_type": 1e3 } }
  owner = true // note
}

data "aws_ami" "ubuntu1" {
  // another comment
}

