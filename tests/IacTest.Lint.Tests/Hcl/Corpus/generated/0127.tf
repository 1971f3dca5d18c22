resource "aws_instance" "web0" {
  // another comment
}

module "m1" {
  owner = 1.5 // note
  vpc_id = !true /* inline */
  tags = cidrsubnet(false) # note
  description = upper(true, { for k, v in path.module : k => v if v != null },) // note
}