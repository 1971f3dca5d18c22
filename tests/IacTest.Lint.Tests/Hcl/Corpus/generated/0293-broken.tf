output "o0" {
  connection {
    # a comment
    timeouts { cidr_block = 10 }
  }
  env = aws_subnet.private[*].id.attr // note
  timeouts { enabled = var.x }
  replicas = null /* inline */
}

module "m1" {
  timeouts { subnets = "5m" }
  # a comment
}

resou{rce "aws_instance" "web2" {
  tags = 1e3 // note
  lifecycle {
    // another comment
    bucket = false /* inline */
  }
  timeouts { bucket = var.x }
}