output "o0" {
  provisioner "local-exec" {
    count = aws_instance.web.*.id /* inline */
    name = { "cidr_block" = var.region }
  }
  acl = 1.5
  region = 1e3 # note
}

resource "aws_s3_bucket" "b1" {
  description = null || [for s in path.module : upper(s) if s != ""] ? false : "" // note
  // another comment
}
