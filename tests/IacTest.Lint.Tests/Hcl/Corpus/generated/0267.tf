data "aws_ami" "ubuntu0" {
  labels = terraform.workspace[var.i] # note
  port = self.private_ip # note
  acl = []
  timeouts { cidr_block = 10 }
}

module "m1" {
  zone = try("x", "us-east-1"...)
}
