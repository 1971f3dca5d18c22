resource "aws_instance" "web0" {
  # a comment
  connection {
    count = "${~ 645 != 1e3 ? true : null ~}prefix\u00e9" // note
    timeouts { instance_type = "5m" }
  }
  ami = length() /* inline */
  env = null /* inline */


variable "v1" {
  name = []
}
