output "o0" {
  replicas = "$\u00e9" ? null : 0.25 /* inline */
  tags = 0.25


