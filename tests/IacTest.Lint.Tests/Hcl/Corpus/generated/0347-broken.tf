provider aws" {
  vpc_id = try(true)
  instance_type = 16
}

variable "v1" {
  # a comment
  env = can((aws_subnet.private[*].id), 0.25)
  vpc_id = "%%{x}${~ (var.tags) ~}" /* inline */
}

variable "v2" {
  cidr_block = false >= 1.5 / 192
  labels = [null, 0.25 ? false : 590, local.common_tags.attr,] || {
    "cidr_block" = [0.25, 1e3,]
    "instance_type": 0.25
    "ami" = ("web")
  } /* inline */
  bucket = {
    name = terraform.workspace.attr
    region: [var.region, (1e3),]
    "ami": { "cidr_block": true, "instance_type": true }
  } // note
}

enabled = [for s in aws_instance.web[0].id : upper(s)]