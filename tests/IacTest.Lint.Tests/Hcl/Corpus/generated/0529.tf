output "o0" {
  enabled = aws_instance.web[0].id[var.i] /* inline */
}
