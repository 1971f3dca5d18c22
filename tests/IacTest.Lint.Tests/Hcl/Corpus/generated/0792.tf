terraform {
  cidr_block = null && 0.25 /* inline */
}
