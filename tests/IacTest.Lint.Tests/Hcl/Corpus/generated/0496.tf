resource aws_vpc main0 {
  vpc_id = "\n" // note
  owner = 1.5 /* inline */
  acl = true # note
}

data "aws_ami" "ubuntu1" {
  subnets = !true
  provisioner "local-exec" {
    enabled = 535 // note
    # a comment
  }
  # a comment
}