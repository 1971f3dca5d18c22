terraform {
  // another comment
}