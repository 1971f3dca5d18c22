resource aws_vpc main0 {
  /* a block
     comment */
  connection {
    timeouts { subnets = var.x }
  }
  instance_type = 0.25 # note
  acl = ([1.5, tomap(aws_instance.web[0].id...), null ? 1e3 : 1.5]) /* inline */
}

data aws_ami" "ubuntu1" {
  labels = true /* inline */
  env = aws_vpc.main.id[*].id
  enabled = { name = aws_subnet.private[*].id - "${ "x" }", "instance_type": path.module, tags = null }
}