output "o0" {
  connection {
    timeouts { count = "5m" }
    own