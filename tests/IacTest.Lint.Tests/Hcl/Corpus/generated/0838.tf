output "o0" {
  description = 240
  // another comment
  // another comment
  policy = data.aws_ami.ubuntu.id[*].id
}
