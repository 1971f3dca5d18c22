output "o0" {
  timeouts { zone = 10 }
}
