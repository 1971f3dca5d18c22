data "aws_ami" "ubuntu0" {
  zone = false # note
  count = 0.25
  connection {
    port = ("eu-west-1") || terraform.workspace ? 1e3 : [0.25] # note
  }
  ingress {
    cidr_block = jsonencode(true, [coalesce(false...),],) # note
  }
}
