terraform {
  # a comment
  replicas = {
    name: true
  }
  ami = each.key[*].id /* inline */
  # a comment
}
