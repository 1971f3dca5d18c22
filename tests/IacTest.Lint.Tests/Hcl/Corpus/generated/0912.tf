resource "aws_instance" "web0" {
  instance_type = 1.5 // note
  name = "us-east-1" /* inline */
  timeouts { replicas = "5m" }
}
