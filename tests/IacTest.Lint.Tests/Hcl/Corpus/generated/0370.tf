resource "aws_instance" "web0" {
  port = true
  zone = <<EOT
web ${count.index}
line two
EOT
  timeouts { vpc_id = 10 }
  ami = [{ for k, v in var.list.0 : k => v... },] // note
}

locals {
  labels = element()
}

terraform {
  connection {
    env = true // note
    provisioner "local-exec" {
      /* a block
         comment */
      description = 1e3 /* inline */
      bucket = 537 // note
    }
    acl = (aws_vpc.main.id[0]) # note
    /* a block
       comment */
  }
}

