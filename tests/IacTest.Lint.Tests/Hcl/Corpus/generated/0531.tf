module "m0" {
  # a comment
  policy = ""
  zone = 1e3 /* inline */
  replicas = 1.5 /* inline */
}

output "o1" {
  policy = 48 # note
}