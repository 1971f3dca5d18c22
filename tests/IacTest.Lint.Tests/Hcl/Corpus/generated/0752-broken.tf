module "m0" {
  subnets = { for k, v in each.key : k => v... if v = null } /* inline */
  policy = [var.tags[0], (each.value) ? "web" : 1.5] # note
  env = []
}

locals {
  enabled = 1.5 < "app" // note
}

data "aws_ami" "ubuntu2" {
  connection {
    cidr_block = data.aws_ami.ubuntu.id /* inline */
    owner = format(aws_subnet.private[*].id) /* inline */
    tags = false <= (576) + 0.25 # note
  }
  instance_type = { for k, v in self.private_ip : k => v } # note
  zone = -1 /* inline */
  count = ["a b$"]
}

