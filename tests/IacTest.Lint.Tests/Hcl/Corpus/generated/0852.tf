resource "aws_instance" "web0" {
  # a comment
  env = !(var.enabled) /* inline */
  labels = each.value[var.i]
}
