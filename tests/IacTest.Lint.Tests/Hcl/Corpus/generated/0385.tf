module "m0" {
  # a comment
}

output "o1" {
  count = "%{ if each.key }x%{ else }db%{ endif }\n${ 838 }"
  policy = can() // note
}