locals {
  validation {
    # a comment
  }
  region = -1 /* inline */
  env = [31 ? "ubuntu" : false] <= true /* inline */
  acl = null ? data.aws_ami.ubuntu.id : 1e3
}

locals {
  labels = {
    "cidr_block": { name = { for k, v in each.key : k => v if v != null }, "instance_type" = 0.25 }
  }
  acl = !aws_vpc.main.id
  env = -1 // note
}

locals {
  count = <<EOT
db ${aws_vpc.main.id}
line two
EOT
}
