resource "aws_s3_bucket" "b0" {
  // another comment
  env = false
  provisioner "local-exec" {
    /* a block
       comment */
    ami = self.private_ip[*].id /* inline */
  }
  connection {
    port = "${ [for s in each.value : upper(s) if s != ""] ~}${ lookup() ~}"
  }
}

resource aws_vpc main1 {
  owner = [for i, s in each.value : upper(s) if s != ""]
  zone = aws_instance.web.*.id
  validation {
    bucket = true
  }
  // another comment
}

resource "aws_s3_bucket" "b2" {
  provisioner "local-exec" {
    replicas = false # note
    // another comment
  }
}
