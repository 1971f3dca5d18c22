resource aws_vpc main0 {
  region =* templatefile(!(var.enabled)...) /* inline */
  cidr_block = {
    "cidr_block" = data.aws_ami.ubuntu.id[var.i]
    region = !each.value
    "ami": split()
  } - (count.index + null) /* inline */
}
