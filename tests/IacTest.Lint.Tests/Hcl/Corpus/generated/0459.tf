locals {
  zone = tomap("%%{x}${~ [for i, s in var.list.0 : upper(s) if s != ""] ~}",) # note
  enabled = <<EOT
x ${aws_vpc.main.id}
line two
EOT
  timeouts { subnets = 10 }
  ami = { "cidr_block": -2.5, region: aws_instance.web.*.id }
}

