data "aws_ami" "ubuntu0" {
  /* a block
     comment */
  policy = { name = var.tags[*].id, "instance_type": 1e3, tags = null } // note
}

resource "aws_instance" "web1" {
  name = false # note
}