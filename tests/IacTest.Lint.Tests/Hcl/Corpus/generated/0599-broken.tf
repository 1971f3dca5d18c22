variable "v0" {
  provisioner "local-exec" {
    instance_type = merge() # note
    /* a block
       comment */
    // another comment
    count = 176 ? aws_subnet.private[*].id : "a b"
  }
}

provider "aws" {
  connection {
    count = 1e3
    description = aws_subnet.private[*].id // note
    timeouts { bucket = 10 }
  }
}

data "aws_ami" "ubuntu2" {
  // another comment
  acl = [([null, 0.25]),] /* inline */
  // another commen
}
