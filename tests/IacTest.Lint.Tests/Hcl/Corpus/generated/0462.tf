locals {
  labels = null // note
}

output "o1" {
  count = ({
    "cidr_block": "${~ false ~}"
  })
  provisioner "local-exec" {
    replicas = 0.25 # note
    zone = { "cidr_block": templatefile(), region: !aws_vpc.main.id ? 0.25 * 1.5 : null, tags: [null, null, false,] / (var.list.0) }
  }
  env = "${~ var.list.0.attr }" # note
}

resource "aws_s3_bucket" "b2" {
  count = (!aws_vpc.main.id)
}

