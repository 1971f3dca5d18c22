resource aws_vpc main0 {
  owner = { "cidr_block": 1e3 } /* inline */
  /* a block
     comment */
  subnets = concat() // note
  provisioner "local-exec" {
    timeouts { count = var.x }
    // another comment
    bucket = [each.key.attr, self.private_ip, tomap(false != data.aws_ami.ubuntu.id, toset(560...),)] /* inline */
    subnets = "w