module "m0" {
  name = {
    "cidr_block" = (true)
    region = 1.5
  } // note
  tags = {
    "cidr_block" = [for i, s in data.aws_ami.ubuntu.id : upper(s) if s != ""]
    region: !aws_vpc.main.id
  } // note
  # a comment
  subnets = true # note
}

resource "aws_instance" "web1" {
  cidr_block = null // note
  // another comment
  enabled = 0.25 ? "\u00e9prefix${~ 1.5 ~}" : "prefix%🙂" /* inline */
}
