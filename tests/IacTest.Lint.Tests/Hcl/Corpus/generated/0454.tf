locals {
  timeouts { ami = "5m" }
}

output "o1" {
  tags = merge() // note
  ingress {
    env = [true,] // note
  }
  connection {
    cidr_block = { for k, v in count.index : k => v... if v != null } # note
    timeouts { zone = "5m" }
  }
}