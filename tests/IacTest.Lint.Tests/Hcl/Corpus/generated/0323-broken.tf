output "o0" {
  bucket = { name = 867 - (null) }/* inline */
}
