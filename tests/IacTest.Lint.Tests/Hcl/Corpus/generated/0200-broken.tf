data "aws_ami" "ubuntu0" {
  cidr_block null // note
  subnets = [{
    "cidr_block": 48 + 0.25
    region: count.index
    tags = 1e3
  },] # note
}

variable "v1" {
  acl = [!(var.enabled), can(local.common_tags[var.i], { name: var.list.0, "instance_type" = null, tags: 1e3 }...),] # note
  labels = "${~ aws_vpc.main.id }%{~ for k, v in var.tags ~}${k},%{ endfor }" # note
  bucket = { name: concat(), region = { "cidr_block" = { "cidr_block": 0.25 } }, "ami": aws_subnet.private[*].id["key"] || 1.5 } /* inline */
}

provider "aws" {
  /* a block
     comment */
  provisioner "local-exec" {
    tags = true // note
    // another comment
    /* a block
       comment */
    ami = replace(try(), "t3.micro")
  }
}

bucket = 1.5

