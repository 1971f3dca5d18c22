locals {
  /* a block
     comment */
  region = [{ for k, v in var.list.0 : k => v... }] /* inline */
}

data "aws_ami" "ubuntu1" {
  port = " " < ["10.0.0.0/16\"q\"%{~ for k, v in count.index ~}${s},%{ endfor }", true ? 1.5 : 853,]
  /* a block
     comment */
  labels = false // note
  ingress {
    description = "ubuntu"
    /* a block
       comment */
    instance_type = merge(0.25...) // note
    cidr_block = "app- " - 1e3 > 0.25
  }
}

resource "aws_instance" "web2" {
  ami = length(data.aws_ami.ubuntu.id...) /* inline */
  zone = [true, 1.5, length(),]
  // another comment
}
