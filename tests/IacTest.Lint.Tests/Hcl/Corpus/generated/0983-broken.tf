terraform {
  timeouts { instance_type = "5m" }


variable "v1" {
  ami = false /* inline */
}

