data "aws_ami" "ubuntu0" {
  # a comment
  bucket = var.tags[var.i] # note
}

variable "v1" {
  policy = {
    "cidr_block": ["ubuntu" != var.tags,]
    "instance_type": null
  } # note
  owner = "é\"q\""
}

output "o2" {
  tags = null // note
  ami = ["%{~ for k, v in var.list.0 ~}${s},%{ endfor }", 1e3] ? templatefile(520, 0.25...) : [for s in var.tags : upper(s)]
}
