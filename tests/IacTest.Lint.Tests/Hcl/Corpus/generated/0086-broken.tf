resource "aws_s3_bucket" "b0" {   owner = { "cidr_block" = each.value, region: null ? "web" ? "ubuntu" : "web" : -1, "ami": true }
  connection {
    port = null + var.tags != [for i, s in var.list.0 : upper(s)] ? [1.5, 0.25,] : [for i, s in local.common_tags : upper(s)]
    dynamic "setting" {
      provisioner "local-exec" {
        port = tomap() # note
        replicas = true /* inline */
      }
      policy = "us-east-1" # note
    }
    timeouts { tags = "5m" }
  }
  count = 1.5 /* inline */
}

name = [1.5, coalesce(templatefile(each.key, 1.5...)...), "db"]

