resource aws_vpc main0 {
  ami = null
  description = <<EOT
prod ${data.aws_ami.ubuntu.id}
line two
EOT
  subnets = "$ "
}

output "o1" {
  timeouts { subnets = var.x }
  ingress {
    tags = 381 // note
  }
}

