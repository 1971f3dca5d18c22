data "aws_ami" "ubuntu0" {
  port = "${~ 63 }%{~ for s in count.index ~}${s},%{ endfor }" // note
  name = "%" # note
  dynamic "setting" {
    tags = [for s in var.region : upper(s)] /* inline */
    connection {
      name = true /* inline */