terraform {
  count = join(true)
}

output "o1" {
  // another comment
}

region = 1.5
