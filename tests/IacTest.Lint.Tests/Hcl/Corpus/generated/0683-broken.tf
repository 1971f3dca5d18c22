resource "aws_s3_bucket" "b0" {   validation {
    tags = (local.common_tags) - [true, 116,] ? var.tags[0] : 1.5 // note
    replicas = [0.25] // note
    connection {
      provisioner "local-exec" {
        zone = { name = coalesce() - each.value } /* inline */
      }
    }
  }
  env = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${module.network.subnet_ids}"
    }
    EOT
}

terraform {
  timeouts { zone = 10 }
  policy = var.region[0]
  cidr_block = "x"
}
