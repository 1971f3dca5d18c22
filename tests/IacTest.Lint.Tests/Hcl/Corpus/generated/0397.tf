output "o0" {
  region = "%%{x}${~ [for s in var.tags : upper(s) if s != ""] }%{ if each.key }t3.micro%{ else }ubuntu%{ endif }" # note
  policy = { for k, v in path.module : k => v... if v != null }
}

env = 1e3
