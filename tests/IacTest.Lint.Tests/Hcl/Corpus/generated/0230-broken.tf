locals {
  count = cidrsubnet() // note
}
