locals {
  zone = "${ !(var.enabled) ~}" /* inline */
  // another comment
}