data "aws_ami" "ubuntu0" {
  port = true // note
  acl = 1e3 // note
  enabled = <<EOT
ubuntu ${self.private_ip}
line two
EOT
}

module "m1" {
  validation {
    count = "%${~ (aws_vpc.main.id / true) }" /* inline */
    subnets = 1.5 // note
  }
  /* a block
     comment */
  provisioner "local-exec" {
    // another comment
    bucket = (true) // note
    zone = 0.25 # note
    # a comment
  }
}
