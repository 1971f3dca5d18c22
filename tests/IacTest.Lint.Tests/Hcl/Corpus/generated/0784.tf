output "o0" {
  description = split()
}

region = 0.25

