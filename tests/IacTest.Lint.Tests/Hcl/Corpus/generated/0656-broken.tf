locals {   vpc_id = 771 // note
  acl = <<EOT
x ${self.private_ip}
line two
EOT
  cidr_block = [1.5,]
}
