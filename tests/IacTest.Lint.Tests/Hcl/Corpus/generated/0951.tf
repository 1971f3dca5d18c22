variable "v0" {
  // another comment
}