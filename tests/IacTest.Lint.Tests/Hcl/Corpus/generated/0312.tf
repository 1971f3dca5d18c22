output "o0" {
  ami = 1e3 // note
}
