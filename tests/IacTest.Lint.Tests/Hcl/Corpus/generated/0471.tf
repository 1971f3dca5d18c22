resource aws_vpc main0 {
  description = "\n${~ 119 }🙂" // note
}

provider "aws" {
  dynamic "setting" {
    tags = { for k, v in local.common_tags : k => v if v != null } <= "%{~ for s in var.tags ~}${s},%{ endfor }" // note
    // another comment
  }
  # a comment
  ami = data.aws_ami.ubuntu.id.attr # note
}

variable "v2" {
  region = { "cidr_block": null, region = 0.25 } /* inline */
  enabled = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.region}"
    }
    EOT
}