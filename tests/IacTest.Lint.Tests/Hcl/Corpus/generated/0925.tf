terraform {
  count = -each.value /* inline */
  cidr_block = 0.25
}
