resource "aws_instance" "web0" {   lifecycle {
    enabled = 1.5
    labels = 690 // note
    bucket = (!true)
    timeouts { instance_type = "5m" }
  }
}

resource "aws_instance" "web1" {
  replicas = null /* inline */
}

bucket = false