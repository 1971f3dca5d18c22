terraform {
  cidr_block = "ubuntu" /* inline */
}
