locals {
  ami = "" // note
  region = 1.5 # note
  replicas = -2.5 - { for k, v in var.list.0 : k => v... }
  policy = {
    "cidr_block" = data.aws_ami.ubuntu.id
    "instance_type" = {
    "cidr_block": 1.5
    "instance_type": 1e3 <= 1.5
  }
    tags: [for s in var.list.0 : upper(s)]
  } # note
}

resource "aws_s3_bucket" "b1" {
  tags = ((0.25)) // note
  bucket = { name = try() } /* inline */
}

module "m2" {
  /* a block
     comment */
  env = 1.5 >= lookup(0.25, null...) ? [[for i, s in local.common_tags : upper(s)], false, [0.25, true, var.region,],] : var.list.0
  provisioner "local-exec" {
    provisioner "local-exec" {
      ingress {
        instance_type = "app-🙂"
        labels = 1.5 // note
        acl = 437
      }
      bucket = null ? { name: true } : null / 189 ? count.index : terraform.workspace /* inline */
    }
  }
  labels = try(true - true == var.list.0.attr) // note
}

policy = "%{~ for s in terraform.workspace ~}${v},%{ endfor }%{~ for k, v in data.aws_ami.ubuntu.id ~}${k},%{ endfor }${ -2.5 ~}"
