variable "v0" {
  timeouts { cidr_block = "5m" }
  zone = "app-" /* inline */
  tags = jsonencode("\u00e9") + true // note
}

resource "aws_instance" "web1" {
  owner = { name = false, "instance_type": [-1] }
  zone = { name: [1.5 % null,] }
}

