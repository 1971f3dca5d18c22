variable "v0" {
  enabled = <<EOT
ubuntu ${count.index}
line two
EOT
  env = self.private_ip
  # a comment
  validation {
    // another comment
  }
}

output "o1" {
  // another comment
  // another comment
}

variable "v2" {
  policy = {
    "cidr_block": true
  } // note
  // another comment
  enabled = [tomap()]
  name = aws_instance.web.*.id /* inline */
}

cidr_block = -1