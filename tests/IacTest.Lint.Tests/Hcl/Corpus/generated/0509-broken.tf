resource "aws_instance" "eb0" {
  ami = lookup({ "cidr_block" = 1.5 } / module.network.subnet_ids)
}

zone = count.index[var.i]