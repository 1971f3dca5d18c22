locals {
  timeouts { description = var.x }
  # a comment
}

resource "aws_s3_bucket" "b1" {
  port = "${ "${~ false ~}" ? var.tags ? true : null : 1.5 ~}" # note
  policy = { "cidr_block" = true, "instance_type" = 1e3, "ami" = var.tags >= true ? 1e3 : each.key }
}

locals {
  provisioner "local-exec" {
    // another comment
  }
  replicas = false /* inline */
  zone = { "cidr_block": [], region: "%%{x}${~ "%{ if path.module }db%{ else }web%{ endif }%%{~ for k, v in v=>ar.tags ~}${v},%{ endfor }" ~}" }
  /* a block
     comment */
}
