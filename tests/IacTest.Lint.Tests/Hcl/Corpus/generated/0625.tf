data "aws_ami" "ubuntu0" {
  tags = [for s in path.module : upper(s) if s != ""]
  // another comment
  owner = 0.25 /* inline */
}

data "aws_ami" "ubuntu1" {
  labels = true ? null : module.network.subnet_ids[var.i]
  zone = "prod" # note
}
