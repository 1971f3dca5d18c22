output "o0" {
  bucke