variable "v0" {
  cidr_block = ({ for k, v in each.key : k => v... if v != null })
  name = <<EOT
web ${aws_vpc.main.id}
line two
EOT
  subnets = {
    "cidr_block": ["%%{x}${~ "us-east-1" ~}prefix", can(1e3, false,)]
    region = null
  }
  lifecycle {
    description = 847 /* inline */
  }
}

zone = true
