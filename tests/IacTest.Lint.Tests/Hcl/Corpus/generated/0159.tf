provider "aws" {
  port = 0.25 # note
  bucket = <<EOT
x ${each.value}
line two
EOT
  env = module.network.subnet_ids.attr
  instance_type = !self.private_ip
}

