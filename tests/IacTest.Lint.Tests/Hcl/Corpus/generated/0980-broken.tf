resource "aws_instance" "web0" {
  replicas concat() # note
  connection {
    bucket = [("ubuntu")] /* inline */
  }
  bucket = true // note
}
