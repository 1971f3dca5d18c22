resource "aws_instance" "web0" {
  labels = 1.5 # note
  policy = module.network.subnet_ids /* inline */
  cidr_block = null // note
  enabled = path.module[var.i] /* inline */
}

port = 0.25
