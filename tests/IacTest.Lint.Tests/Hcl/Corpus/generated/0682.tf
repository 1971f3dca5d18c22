output "o0" {
  // another comment
}

